"""The planner's stream of the register's partners (plain driver tuples, NULLs as empty
text) gives what the ORM gives, on SQLite and PostgreSQL."""

from __future__ import annotations

from sqlalchemy import select

from db.database import Database
from db.models import Partner
from desktop_app.domain.imports import ImportService
from desktop_app.domain.partners import PartnerForm, PartnerService
from desktop_app.importing import ExistingPartner


def test_the_stream_is_the_registers_partners(any_db: Database) -> None:
    partners = PartnerService(any_db)
    partners.save(PartnerForm(name="شرکت پارس نوآوران", name_en="Pars Co.", country_code="IR",
                              website="https://pars.ir", email="info@pars.ir"))
    partners.save(PartnerForm(name="Kazan Technopark"))  # no Latin name, country, site or mail
    with any_db.reading() as s:
        expected = [ExistingPartner(i, n, e or "", c or "", w or "", m or "", k) for i, n, e, c, w, m, k in s.execute(
            select(Partner.id, Partner.name, Partner.name_en, Partner.country_code, Partner.website,
                   Partner.email, Partner.name_key).order_by(Partner.id))]
    service = ImportService(any_db)
    streamed = list(service.iter_existing_partners())
    assert all(type(record) is tuple for record in streamed)
    assert sorted(streamed) == [(p.id, p.name, p.name_en, p.country, p.website, p.email, p.key) for p in expected]
    assert sorted(service.existing_partners(), key=lambda p: p.id) == expected
    assert expected[1].country == "" and expected[0].key
