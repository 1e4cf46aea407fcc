"""The local store: engine, typed models, migrations and the search index."""
