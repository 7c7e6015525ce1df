"""The pipeline that turns spec/ and overlays/ into generated/.

Run it as ``python -m generator <command>``; ``python -m generator --help``
lists the commands.
"""
