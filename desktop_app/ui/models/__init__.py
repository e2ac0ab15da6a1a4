"""Item models that hold ids and fetch rows lazily."""
