"""Search documents: how a content app describes its objects to search, and the one
Elasticsearch document (mapping, analyzers) every entry becomes.

Each content app has a `documents.py` with one `SearchDocument` subclass per indexed model —
`prepare_<field>(obj)` methods, as in django-elasticsearch-dsl — and calls `document_index()` /
`document_remove()` from its services. Everything lands in `search.models.SearchEntry` (the
database backend) and then in the one Elasticsearch index below, so one mapping serves courses,
lessons, digests, cases and mentors alike.
"""

from __future__ import annotations

from collections.abc import Iterable
from importlib import import_module
from typing import ClassVar

from django.apps import apps
from django.conf import settings
from django.db import models
from django.utils.module_loading import module_has_submodule

from .es import Boolean, Completion, Date, Document, Keyword, Text, analyzer, token_filter
from .models import Kind, Language, SearchEntry, Visibility
from .services import search_entry_remove, search_entry_upsert

# --- the per-app convention -----------------------------------------------------------------

registry: list[type[SearchDocument]] = []


class SearchDocument:
    """What search needs to know about one model. Subclass it in `<app>/documents.py`:

        class CaseDocument(SearchDocument):
            model = Case
            kind = Kind.CASE
            visibility = Visibility.VERIFIED_ONLY

            def should_index(self, case):
                return case.status == Case.Status.PUBLISHED

            def prepare_title(self, case):
                return case.title

    Subclasses that set `model` are registered, so `search_index --reindex` can feed every
    object again. Only text that may be shown to everyone allowed by `visibility` goes in:
    published, anonymised text; public profile fields.
    """

    model: ClassVar[type[models.Model] | None] = None
    kind: ClassVar[Kind | str]
    visibility: ClassVar[Visibility | str] = Visibility.PUBLIC

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        if cls.model is not None and cls not in registry:
            registry.append(cls)

    def get_queryset(self) -> models.QuerySet:
        """Every object that may be indexed, for a full re-feed; `should_index` still decides."""
        if self.model is None:
            raise NotImplementedError(f"{type(self).__name__} has no model")
        return self.model._default_manager.all()

    def should_index(self, obj: models.Model) -> bool:
        """False for anything unpublished, flagged, retracted or deleted: it leaves search."""
        return True

    def prepare_title(self, obj: models.Model) -> str:
        return str(obj)

    def prepare_body(self, obj: models.Model) -> str:
        return ""

    def prepare_url(self, obj: models.Model) -> str:
        if hasattr(obj, "get_absolute_url"):
            return obj.get_absolute_url()
        return obj.get_url()  # a Wagtail page

    def prepare_language(self, obj: models.Model) -> str:
        return getattr(obj, "language", "") or Language.FR

    def prepare_specialty(self, obj: models.Model) -> str:
        return getattr(obj, "specialty", "") or ""

    def prepare_topics(self, obj: models.Model) -> Iterable[str]:
        return getattr(obj, "topics", None) or ()

    def prepare_frameworks(self, obj: models.Model) -> Iterable[str]:
        return ()

    def prepare_visibility(self, obj: models.Model) -> str:
        return self.visibility

    def fields(self, obj: models.Model) -> dict:
        """The keyword arguments of `search_entry_upsert` for this object."""
        return {
            "kind": self.kind,
            "title": self.prepare_title(obj),
            "body": self.prepare_body(obj),
            "language": self.prepare_language(obj),
            "url": self.prepare_url(obj),
            "specialty": self.prepare_specialty(obj),
            "topics": list(self.prepare_topics(obj)),
            "frameworks": list(self.prepare_frameworks(obj)),
            "visibility": self.prepare_visibility(obj),
        }


def document_index(
    document: type[SearchDocument] | SearchDocument, obj: models.Model
) -> SearchEntry | None:
    """Index `obj` if the document says it should be, else take it out of search.

    Call it from the app's services after every change (publish, edit, unpublish, retraction,
    profile change), inside the same transaction: Elasticsearch follows after commit. A batch
    passes one document instance for all its objects, so what the instance looks up once (a
    lesson's course) serves them all."""
    instance = document() if isinstance(document, type) else document
    if not instance.should_index(obj):
        search_entry_remove(obj=obj)
        return None
    return search_entry_upsert(obj=obj, **instance.fields(obj))


def document_remove(obj: models.Model) -> None:
    """Take `obj` out of search (deletion): call it before the object's row is deleted."""
    search_entry_remove(obj=obj)


def documents_discover() -> list[type[SearchDocument]]:
    """Import the `documents` module of every project app (not third-party ones), which
    registers their documents; returns the registry."""
    base = str(settings.BASE_DIR)
    for app in apps.get_app_configs():
        if app.path.startswith(base) and module_has_submodule(app.module, "documents"):
            import_module(f"{app.name}.documents")
    return registry


def documents_reindex(documents: Iterable[type[SearchDocument]] | None = None) -> int:
    """Feed every object of every registered document again; returns how many were indexed."""
    indexed = 0
    for document in documents if documents is not None else documents_discover():
        instance = document()
        for obj in instance.get_queryset().iterator(chunk_size=500):
            if document_index(instance, obj) is not None:
                indexed += 1
    return indexed


# --- the Elasticsearch document ---------------------------------------------------------------

french_elision = token_filter(
    "compagnon_french_elision",
    type="elision",
    articles_case=True,
    articles=["l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "quoiqu", "lorsqu", "puisqu"],
)
french_stop = token_filter("compagnon_french_stop", type="stop", stopwords="_french_")
french_stemmer = token_filter("compagnon_french_stemmer", type="stemmer", language="light_french")
english_possessive = token_filter(
    "compagnon_english_possessive", type="stemmer", language="possessive_english"
)
english_stop = token_filter("compagnon_english_stop", type="stop", stopwords="_english_")
english_stemmer = token_filter("compagnon_english_stemmer", type="stemmer", language="english")

# Stop words are removed before folding, since the French list is written with its accents.
french = analyzer(
    "compagnon_french",
    tokenizer="standard",
    filter=[french_elision, "lowercase", french_stop, "asciifolding", french_stemmer],
)
english = analyzer(
    "compagnon_english",
    tokenizer="standard",
    filter=[english_possessive, "lowercase", english_stop, "asciifolding", english_stemmer],
)
folding = analyzer("compagnon_folding", tokenizer="standard", filter=["lowercase", "asciifolding"])


def _text() -> Text:
    """Folded words, plus a French and an English stemmed sub-field searched side by side."""
    return Text(
        analyzer=folding,
        fields={"fr": Text(analyzer=french), "en": Text(analyzer=english)},
    )


def index_alias() -> str:
    return f"{settings.ELASTICSEARCH_INDEX_PREFIX}-entries"


class SearchEntryDocument(Document):
    kind = Keyword()
    title = _text()
    body = _text()
    language = Keyword()
    url = Keyword(index=False)
    specialty = Keyword()
    topics = Keyword(multi=True)
    frameworks = Keyword(multi=True)
    visibility = Keyword()
    published = Boolean()
    updated_at = Date()
    # Search-box suggestions, filtered by visibility like the results.
    suggest = Completion(
        analyzer=folding,
        contexts=[{"name": "visibility", "type": "category", "path": "visibility"}],
    )

    class Index:
        name = index_alias()
        settings = {"number_of_shards": 1, "number_of_replicas": 0}

    @classmethod
    def from_entry(cls, entry: SearchEntry) -> SearchEntryDocument:
        return cls(
            meta={"id": entry.doc_id},
            kind=entry.kind,
            title=entry.title,
            body=entry.body,
            language=entry.language,
            url=entry.url,
            specialty=entry.specialty,
            topics=list(entry.topics),
            frameworks=list(entry.frameworks),
            visibility=entry.visibility,
            published=entry.published,
            updated_at=entry.updated_at,
            suggest={
                "input": completion_inputs(entry.title),
                "contexts": {"visibility": [entry.visibility]},
            },
        )


def completion_inputs(title: str, max_words: int = 8) -> list[str]:
    """The title from each of its first words on: the completion suggester matches from the
    start of an input, and "insuff" must complete "Télésurveillance de l'insuffisance…" as the
    database backend does. The suggester returns the document, whose title is shown."""
    words = title.replace("'", "' ").replace("’", "’ ").split()
    return list(dict.fromkeys(" ".join(words[i:]) for i in range(min(len(words), max_words))))
