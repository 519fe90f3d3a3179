"""The HTML reader's parts: decoding, metadata, main content, opedkit's own markup."""
