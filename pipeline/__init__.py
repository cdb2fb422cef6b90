"""leaflets: a translation pipeline for patient-information leaflets.

English Markdown in ``source/``, gettext catalogues in ``locales/``, clinician
approvals in sidecar ledgers, published HTML and text in ``dist/``.
"""

__version__ = "0.1.0"
