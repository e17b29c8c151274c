"""The Elasticsearch document for a search entry: mapping, analyzers and how an entry becomes one.

Every content app feeds `search.services`; they all land in this one index, so one mapping here
serves courses, lessons, digests, cases and mentors alike.
"""

from __future__ import annotations

from django.conf import settings

from .es import Boolean, Completion, Date, Document, Keyword, Text, analyzer, token_filter
from .models import SearchEntry

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
            suggest={"input": [entry.title], "contexts": {"visibility": [entry.visibility]}},
        )
