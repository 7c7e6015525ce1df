"""The resources of a client (``client.chat``, ``client.responses``, ``client.conversations``).

Method names follow OpenAI's SDK; what each method sends, and how the answer
is read, comes from the spec operation it names (see ``lib/operations.py``).
"""
