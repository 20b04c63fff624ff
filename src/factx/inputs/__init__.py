"""Reading documents: paths, directories, archives, JSONL dumps, HTML and stdin → `Document`s or errors.

Two steps, so that the slow part can run in worker processes:

1. `Walker.items(paths)` (`walk`, with `archives` and `jsonl`) walks the inputs lazily and yields small,
   picklable work items (`items`): a file on disk, an archive member or stdin already in memory, one line
   of a JSONL dump, or a document that already failed. Each holds at most one document (bounded by the size
   limit), so memory does not grow with the number of documents.
2. `load(item, options)` (`load`) turns one item into a `Document(source, text, encoding, decode_errors,
   ref_date, ref_date_source)` or raises `SourceError` with a one-line reason: bytes are read, decoded
   (`decode`: damaged bytes replaced and counted; `markup` for HTML: the article body and the page's
   publication date), JSON-parsed there.

The modules: `items` (work items, options, limits, errors), `decode` (the decoding order), `markup` (HTML),
`filters` (--include/--exclude), `archives` (zip, tar and their limits), `jsonl` (dumps), `walk` (the
walker), `load` (one item → one document).
"""

from .decode import Decoded, bom_encoding, decode, looks_binary, read_bytes
from .items import (
    DEFAULT_MAX_DEPTH,
    DEFAULT_MAX_RATIO,
    DEFAULT_TEXT_FIELDS,
    MAX_DOCUMENT_BYTES,
    BytesItem,
    Document,
    Failed,
    FileItem,
    Item,
    Kind,
    Limits,
    LineItem,
    SourceError,
    SourceOptions,
    classify,
    display_name,
)
from .load import iter_documents, load, read_path
from .markup import decode_html, html_to_text
from .walk import Walker, stdin_item

__all__ = [
    "DEFAULT_MAX_DEPTH",
    "DEFAULT_MAX_RATIO",
    "DEFAULT_TEXT_FIELDS",
    "MAX_DOCUMENT_BYTES",
    "BytesItem",
    "Decoded",
    "Document",
    "Failed",
    "FileItem",
    "Item",
    "Kind",
    "Limits",
    "LineItem",
    "SourceError",
    "SourceOptions",
    "Walker",
    "bom_encoding",
    "classify",
    "decode",
    "decode_html",
    "display_name",
    "html_to_text",
    "iter_documents",
    "load",
    "looks_binary",
    "read_bytes",
    "read_path",
    "stdin_item",
]
