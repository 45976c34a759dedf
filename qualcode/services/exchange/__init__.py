"""Exchange projects with other QDA tools (REFI-QDA .qdpx projects and .qdc codebooks)."""

from qualcode.services.exchange.refi_export import export_refi
from qualcode.services.exchange.refi_import import import_refi, read_refi
from qualcode.services.exchange.report import ExchangeReport

__all__ = ["ExchangeReport", "export_refi", "import_refi", "read_refi"]
