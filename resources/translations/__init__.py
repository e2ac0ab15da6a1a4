"""Peyvand's translations: the Qt catalogues (``*.ts`` sources, ``*.qm`` compiled) and
their Qt-free reader (:mod:`resources.translations.catalogue`)."""
