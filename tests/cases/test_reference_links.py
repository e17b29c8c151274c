"""Links to public reference sites (guidelines, literature, regulators, drug databases) cite
knowledge, not a patient: the gate lets them through. Any other web address — personal, unknown,
a look-alike host, or a reference host carrying an identifier — is still held."""

import json

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from cases import services
from cases.models import CaseStatus, ReplyStatus
from tests.cases.conftest import CLEAN_CASE

pytestmark = pytest.mark.usefixtures("english")

REFERENCE_LINKS = [
    "https://www.has-sante.fr/jcms/p_3191108/fr/douleur-thoracique",
    "https://doi.org/10.1093/eurheartj/ehaa575",
    "https://pubmed.ncbi.nlm.nih.gov/32860058/",
    "https://www.who.int/publications/i/item/9789240031029",
    "https://www.nice.org.uk/guidance/cg95",
    "https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000006685771",
    "https://www.ameli.fr/medecin/exercice-liberal/prescription-prise-charge",
    "https://ansm.sante.fr/informations-de-securite/valproate",
    "www.vidal.fr/medicaments/doliprane-1000-mg-cp-5452.html",
    "https://pubmed.ncbi.nlm.nih.gov/?term=heart+failure",
]

HELD_LINKS = [
    "https://facebook.com/martine.dubois",  # personal
    "https://example-clinic.org/patients/4711",  # unknown site
    "https://www.has-sante.fr.attacker.example/guide",  # look-alike host
    "https://has-sante.fr:8443/guide",  # a port: not the public site
    "https://has-sante.fr/?patient=Martine+Dubois&tel=0612345678",  # identifiers in the query
]


@pytest.mark.parametrize("url", REFERENCE_LINKS)
def test_it_lets_a_reference_link_through_a_reply(alice, case, url):
    reply = services.reply_create(author=alice, case=case, body=f"See the guideline: {url} .")
    assert reply.status == ReplyStatus.VISIBLE, reply.held_spans


@pytest.mark.parametrize("url", HELD_LINKS)
def test_it_still_holds_a_personal_or_unknown_link(alice, case, url):
    reply = services.reply_create(author=alice, case=case, body=f"Look at {url} first.")
    assert reply.status == ReplyStatus.HELD
    assert "URL" in {span["label"] for span in reply.held_spans}


def test_a_markdown_reference_link_is_posted_and_clickable(alice, case):
    reply = services.reply_create(
        author=alice, case=case, body="See [NICE CG95](https://www.nice.org.uk/guidance/cg95)."
    )
    assert reply.status == ReplyStatus.VISIBLE
    assert 'href="https://www.nice.org.uk/guidance/cg95"' in reply.html
    assert "noopener" in reply.html


def test_a_bare_reference_address_becomes_a_link(alice, case):
    reply = services.reply_create(
        author=alice,
        case=case,
        body="See https://www.has-sante.fr/jcms/p_3191108 and www.vidal.fr/medicaments/x.html",
    )
    assert reply.status == ReplyStatus.VISIBLE
    assert '<a href="https://www.has-sante.fr/jcms/p_3191108" rel="nofollow' in reply.html
    assert 'href="http://www.vidal.fr/medicaments/x.html"' in reply.html
    # A missing space after a full stop is not an address.
    reply = services.reply_create(
        author=alice, case=case, body="Sous traitement.Il va mieux, etc.La"
    )
    assert "<a" not in reply.html
    # Text that only looks like a link is not one: no scheme but http(s)/mailto survives.
    reply = services.reply_create(author=alice, case=case, body="[x](javascript:alert(1))")
    assert "<a" not in reply.html and "javascript" in reply.html


def test_a_case_citing_a_guideline_has_no_flag_and_publishes(alice):
    data = {
        **CLEAN_CASE,
        "management": "Managed as per https://www.has-sante.fr/jcms/c_2011 and doi.org link "
        "https://doi.org/10.1093/eurheartj/ehaa575.",
    }
    case, flags = services.case_save(author=alice, data=data)
    assert flags == []
    assert services.gate_problems(case=case) == []


def test_a_case_with_a_personal_link_cannot_be_submitted(alice):
    data = {**CLEAN_CASE, "management": "Photos: https://photos.example.net/album/dubois"}
    case, flags = services.case_save(author=alice, data=data)
    assert [f.label for f in flags] == ["URL"]
    with pytest.raises(ValidationError):
        services.case_submit(
            author=alice, case=case, consent_basis="anonymised", charter_accepted=True
        )
    case.refresh_from_db()
    assert case.status == CaseStatus.DRAFT


def test_an_outcome_citing_a_reference_is_accepted(dora, case):
    services.outcome_post(
        user=dora,
        case=case,
        diagnosis="Stable angina",
        text="Managed as in https://www.escardio.org/Guidelines and it went well.",
        solved=True,
    )
    case.refresh_from_db()
    assert "escardio.org" in case.outcome_text


def test_the_live_check_does_not_flag_a_reference_link(client, alice):
    client.force_login(alice)
    text = "Voir https://www.has-sante.fr/jcms/c_2011 et https://perso.example.fr/mme-dubois"
    response = client.post(
        reverse("cases:scan"),
        json.dumps({"text": text, "language": "fr"}),
        content_type="application/json",
    )
    assert response.status_code == 200
    spans = response.json()["spans"]
    assert [s["text"] for s in spans] == ["https://perso.example.fr/mme-dubois"]
    assert spans[0]["label_display"] == "Web address"


def test_the_allow_list_can_be_changed_in_settings(alice, case, settings):
    settings.CASES_REFERENCE_DOMAINS = {"example.org"}
    ok = services.reply_create(author=alice, case=case, body="See https://example.org/guide.")
    held = services.reply_create(author=alice, case=case, body="See https://doi.org/10.1/x.")
    assert ok.status == ReplyStatus.VISIBLE and held.status == ReplyStatus.HELD
