import os

# tests never touch the network or the user's Inspect state
os.environ.setdefault("INSPECT_LOG_LEVEL", "warning")
os.environ.setdefault("HF_HUB_OFFLINE", "1")
