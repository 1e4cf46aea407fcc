"""Finding a customer: the query and the index it reads."""
