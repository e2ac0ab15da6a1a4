"""Peyvand (پیوند): the desktop register of a park's international-relations office."""

from desktop_app.version import read_version

__version__ = read_version()
