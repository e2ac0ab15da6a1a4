"""Peyvand (پیوند): the desktop register of a park's international-relations office."""

__version__ = "0.1.0"
