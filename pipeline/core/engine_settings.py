"""The draft engines' names and the settings each one reads.

Declared here, below the settings schema, so that pipeline.core.config can check
[tool.leaflets.draft] without importing the engines; the registry in
pipeline.drafting.engines has one factory for each name.
"""

from __future__ import annotations

# The keys each engine reads from its [tool.leaflets.draft.<engine>] table, and their kind
# (str, float: a positive number, int: a whole number from 1). pipeline.core.config refuses any other.
_ONLINE_SETTINGS = {"url": str, "timeout": float, "concurrency": int}
ENGINE_SETTINGS: dict[str, dict[str, type]] = {
    "memory": {},  # reads [tool.leaflets.draft] memory_threshold
    "apertium": {"program": str, "timeout": float, "concurrency": int},
    "pseudo": {},
    "google": _ONLINE_SETTINGS,
    "mymemory": {**_ONLINE_SETTINGS, "email": str},  # an email raises the free quota
    "libre": {**_ONLINE_SETTINGS, "api_key_env": str},
    "microsoft": {**_ONLINE_SETTINGS, "api_key_env": str, "region": str},
    "deepl": {**_ONLINE_SETTINGS, "api_key_env": str, "formality": str},
    # url: the server's base, http://127.0.0.1:8080/v1; the key, if it wants one, from api_key_env
    "openai": {**_ONLINE_SETTINGS, "api_key_env": str, "model": str},
    "apertium-apy": _ONLINE_SETTINGS,  # url: http://127.0.0.1:2737 by default
}
