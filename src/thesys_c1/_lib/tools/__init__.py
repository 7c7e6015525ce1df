"""Function tools from Python, their parsed arguments, and the loop that runs them (see ``runner``)."""
