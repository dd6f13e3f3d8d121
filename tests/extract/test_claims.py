from vigil.extract.claims import find_claims
from vigil.extract.context_lexicon import load_context
from vigil.extract.extractor import Extractor, ExtractorConfig
from vigil.extract.roles import load_roles
from vigil.extract.sentences import split_sentences
from vigil.records import Document, Mention

_FILLER = (
    "Shops in the district stayed closed. Traffic was diverted for most of the day. "
    "Residents said the area had been calm for months. "
)


def _mentions(text: str, *, context: bool = True) -> list[Mention]:
    config = ExtractorConfig(context_doers=context)
    return Extractor(config=config)(Document(text=text, source_id="test")).mentions


def _claimants(text: str) -> list[list[str]]:
    claims = find_claims(load_context(), load_roles(), text, sentences=split_sentences(text))
    return [[a.text for a in c.doers] for c in claims]


def _doers_of(text: str, type: str) -> list[str]:
    mention = next(m for m in _mentions(text) if m.type == type)
    return [a.text for a in mention.perpetrators]


def test_a_claim_far_from_the_bombing_names_its_doer() -> None:
    text = (
        "A bomb exploded outside the central bank in Velmora on Monday, damaging the building. "
        + _FILLER
        + "The Popular Liberation Front later claimed responsibility for the attack."
    )
    assert _doers_of(text, "remote_explosive_landmine_ied") == ["Popular Liberation Front"]
    bombing = next(m for m in _mentions(text, context=False) if m.type == "remote_explosive_landmine_ied")
    assert not bombing.perpetrators


def test_an_attribution_in_lower_case_text() -> None:
    text = (
        "a car bomb exploded near the trade ministry last night.  "
        + _FILLER.lower()
        + "police said the bombing was attributed to the northern cartel."
    )
    assert _doers_of(text, "remote_explosive_landmine_ied") == ["northern cartel"]


def test_held_responsible_after_for_which() -> None:
    text = (
        "A bomb damaged a power pylon outside Tarno on Friday. "
        + _FILLER
        + "Nobody was hurt in the incident, for which the rebels are being held responsible."
    )
    assert _doers_of(text, "remote_explosive_landmine_ied") == ["rebels"]


def test_a_claim_fits_only_events_of_its_kind() -> None:
    text = (
        "Gunmen kidnapped a businessman in the port of Calvera on Friday. "
        "Separately, a bomb exploded at a bus depot in the north of the city. "
        + _FILLER
        + "The Red Hand militia claimed responsibility for the kidnapping."
    )
    assert _doers_of(text, "remote_explosive_landmine_ied") == []


def test_denied_and_supposed_claims_name_no_doer() -> None:
    assert _claimants("No group has claimed responsibility for the attack so far.") == []
    assert _claimants("The rebels denied that the bombing was carried out by their fighters.") == []
    assert _claimants("If the murder was committed by the militia, it will be punished.") == []


def test_responsibility_for_a_duty_is_no_claim() -> None:
    assert _claimants("The army is responsible for guarding the border.") == []
    assert _claimants("Security is the responsibility of state agencies.") == []
    assert _claimants("The rebels are responsible for the bombing of the bridge.") == [["rebels"]]


def test_a_modifier_is_not_a_claimant_beside_its_noun() -> None:
    assert _claimants("The attack was the work of maoist guerrillas.") == [["guerrillas"]]


def test_a_claimed_doer_brings_its_organisation() -> None:
    text = (
        "a bomb exploded at the power station in the north last night.  "
        + _FILLER.lower()
        + "officials blamed the bombing on npa guerrillas."
    )
    bombing = next(m for m in _mentions(text) if m.type == "remote_explosive_landmine_ied")
    assert sorted(a.text for a in bombing.perpetrators) == ["guerrillas", "npa"]
