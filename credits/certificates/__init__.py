"""Certificate building blocks: pure functions the Certificate model calls.

Nothing in this package touches the database or reads Django settings, so the same code
renders a PDF in a request, a management command or a test, and the model layer stays the
only place that knows where names, credits and keys come from.
"""
