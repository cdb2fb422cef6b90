"""Robustness tests: shared set-up."""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest

from pipeline.run import stages
from tests.robustness.helpers import translate_and_approve, write_project

# When a Hypothesis test fails, its pytest plugin imports libcst to suggest an
# @example patch; libcst's import warns (mypy_extensions.TypedDict is
# deprecated), and with warnings as errors pytest then stops with an
# INTERNALERROR instead of showing the falsifying example. Importing it here
# first, with that one warning silenced, keeps failures readable.
with warnings.catch_warnings():
    warnings.filterwarnings("ignore", message="mypy_extensions.TypedDict is deprecated", category=DeprecationWarning)
    try:
        import libcst.metadata  # noqa: F401
    except ImportError:  # without libcst Hypothesis does not try the patch at all
        pass


@pytest.fixture
def published(tmp_path) -> Path:
    """Three short leaflets, Spanish translated, approved and built."""
    root = tmp_path / "published"
    config = write_project(root, 3, ["es"])
    stages.run(config)
    translate_and_approve(config, ["es"])
    stages.run(config)
    return root
