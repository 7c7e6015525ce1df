"""Hand-written runtime code of the SDK: the client, streaming, errors and the C1 rule checks."""
