import pytest

from vigil.extract.context import add_context_doers, find_doers
from vigil.extract.context_lexicon import alternatives, load_context, parse_context
from vigil.extract.extractor import Extractor, ExtractorConfig
from vigil.extract.lexicon import LexiconError
from vigil.extract.roles import load_roles
from vigil.records import Actor, Document, Mention


def _doers(text: str, *violations: str) -> list[str]:
    found = find_doers(load_context(), load_roles(), text, start=0, end=len(text), violations=violations)
    return [a.text for a in found]


def _extract(text: str, *, context: bool = True) -> list[Mention]:
    config = ExtractorConfig(context_doers=context)
    return Extractor(config=config)(Document(text=text, source_id="test")).mentions


def _with_violation(mentions: list[Mention], violation: str) -> Mention:
    return next(m for m in mentions if violation in m.violations)


def test_doer_in_the_next_sentence_is_attached_with_its_span() -> None:
    text = (
        "A local journalist was shot dead outside his home in Riverton on Monday. "
        "Two men on a motorcycle fled after the shooting, witnesses said."
    )
    assert not _with_violation(_extract(text, context=False), "killing").perpetrators
    doers = _with_violation(_extract(text), "killing").perpetrators
    assert [a.text for a in doers] == ["men on a motorcycle"]
    span = doers[0].span
    assert span is not None and text[span[0] : span[1]] == "men on a motorcycle"


def test_responsibility_claimed_in_the_next_sentence() -> None:
    text = (
        "A bomb killed four villagers at a market in Dalmora on Sunday. "
        "The Northern Liberation Front claimed responsibility for the blast."
    )
    doers = _with_violation(_extract(text), "killing").perpetrators
    assert [(a.text, a.kind) for a in doers] == [("Northern Liberation Front", "rebel_group")]


def test_agent_of_a_passive_verb_far_from_the_trigger() -> None:
    text = "He was held for two days at the airport by the State Security Service before his release."
    assert _doers(text, "arbitrary_detention") == ["State Security Service"]
    text = "She was one of thousands of people arrested at the hands of the military in those years."
    assert _doers(text, "arbitrary_detention") == ["military"]


def test_the_one_it_was_done_to_is_no_doer() -> None:
    assert _doers("The activist was arrested on Monday at her home.", "arbitrary_detention") == []
    assert _doers("Three soldiers killed in the ambush were buried on Friday.", "killing") == []
    assert _doers("Protests followed Ana Ruiz's kidnapping last week.", "kidnapping") == []


def test_active_subject_of_the_act_is_the_doer() -> None:
    assert _doers("Security forces detained him at a checkpoint.", "arbitrary_detention") == ["Security forces"]
    assert _doers("Veldania has imprisoned more than 300 dissenters since 2019.", "arbitrary_detention") == ["Veldania"]
    assert _doers("The junta promptly re-arrested dozens of them.", "arbitrary_detention") == ["junta"]


def test_doer_of_another_act_is_not_taken() -> None:
    # the police who arrest suspects did not do the killing
    text = "A farmer was killed in Dalmora on Sunday. Police arrested two suspects on Tuesday."
    assert _doers(text, "killing") == []
    assert not _with_violation(_extract(text), "killing").perpetrators


def test_charged_people_and_doer_nouns() -> None:
    assert _doers("Three men were charged with kidnapping the teacher.", "kidnapping") == ["men"]
    assert _doers("The two were found guilty of murder in May.", "killing") == ["The two"]
    assert _doers("The gunmen fled into the forest.", "killing") == ["gunmen"]
    assert _doers("He was charged with fraud.", "arbitrary_detention") == []


def test_wordings_of_a_charge() -> None:
    text = "Ana Ruiz, 41, of Riverton, was sentenced to death in 2003 for the kidnapping of a banker."
    assert _doers(text, "kidnapping") == ["Ana Ruiz"]
    assert _doers("A former soldier has pleaded guilty to the murder of the editor.", "killing") == ["soldier"]
    assert _doers("Two officers have also been linked to the killings of prisoners.", "killing") == ["officers"]
    text = "The court freed two Veldanians, who had been sentenced to life for their part in the abduction."
    assert _doers(text, "kidnapping") == ["Veldanians"]


def test_act_nouns_and_blame() -> None:
    assert _doers("He died in police custody a week later.", "arbitrary_detention") == ["police"]
    assert _doers("Rights groups accuse the spy agency of torture.", "torture") == ["spy agency"]
    assert _doers("The minister accused the reporter of lying.", "torture") == []
    assert _doers("The killing was blamed on a criminal gang.", "killing") == ["criminal gang"]


def test_mentions_with_a_doer_or_without_violations_are_left_alone() -> None:
    text = "Gunmen killed a trader. Later the army raided the village."
    doer = Actor(text="Gunmen", span=(0, 6), kind="unknown")
    done = Mention(document_id="d", type="attack", span=(0, 23), violations=["killing"], perpetrators=[doer])
    bare = Mention(document_id="d", type="attack", span=(0, 23))
    add_context_doers(load_context(), load_roles(), text, [done, bare])
    assert done.perpetrators == [doer]
    assert bare.perpetrators == []


def test_a_doer_read_as_victim_leaves_the_victims() -> None:
    text = "The priest was abducted on Sunday by armed men, parishioners said."
    victim = Actor(text="armed men", span=(36, 45), kind="unknown")
    mention = Mention(
        document_id="d", type="abduction_forced_disappearance", span=(0, len(text)), violations=["kidnapping"]
    )
    mention.victims = [Actor(text="priest", span=(4, 10), kind="civilians", groups=["religious"]), victim]
    add_context_doers(load_context(), load_roles(), text, [mention])
    assert [a.text for a in mention.perpetrators] == ["armed men"]
    assert [v.text for v in mention.victims] == ["priest"]


def test_lexicon_names_an_unknown_violation() -> None:
    data = {
        "acts": {"stealing": {"active": ["stole"], "agent": ["stolen"], "nouns": ["theft"]}},
        "charged_acts": ["theft"],
        "doer_nouns": ["thieves"],
        "institutions": ["courts?"],
    }
    with pytest.raises(LexiconError, match="stealing"):
        parse_context(data, where="test.yaml", roles={"actors": {"unknown": ["gunmen"]}}, roles_where="roles.yaml")


def test_alternatives_split_only_at_the_top_level() -> None:
    assert alternatives(r"police(?:men|man)?|cops?|[|]x|a\|b") == ["police(?:men|man)?", "cops?", "[|]x", r"a\|b"]


def test_actor_heads_find_what_the_role_lexicon_finds() -> None:
    text = "Unidentified gunmen, riot police and government forces met rebels of the liberation army."
    roles = load_roles()
    lexicon = load_context()
    slow = [(m.start(), m.end(), m.lastgroup) for m in roles.actors.finditer(text)]
    fast = []
    for m in lexicon.actor_heads.finditer(text):
        kind, h = next((k, h) for k, p in lexicon.actor_kinds if (h := p.match(text, m.start())) is not None)
        fast.append((h.start(), h.end(), kind))
    assert fast == slow


def test_phrases_that_look_like_doers_but_are_not() -> None:
    # the name before a noun of the act may be its victim; a date is no person; a place after the agent is not it
    assert _doers("Protests grew over the Ruiz abduction case.", "kidnapping") == []
    assert _doers("On May 17, 1989, a court convicted him of murder.", "killing") == ["court"]
    assert _doers("She was killed by her brother near Dalmora.", "killing") == []


def test_a_doer_keeps_its_modifiers() -> None:
    assert _doers("He was detained by French police at the airport.", "arbitrary_detention") == ["French police"]


def test_an_arrest_takes_the_state_agents_named_around_it() -> None:
    text = (
        "The blogger was arrested on Friday at her home in Riverton. "
        "Security forces had searched the offices of her paper a week earlier, her lawyer said."
    )
    doers = _with_violation(_extract(text), "arbitrary_detention").perpetrators
    assert [(a.text, a.kind) for a in doers] == [("Security forces", "state_forces")]
    # a source, an object or a court is no arrester
    text = (
        "The blogger was arrested on Friday at her home in Riverton, police said. "
        "Her lawyer will appeal to the court and protest to the government."
    )
    assert not _with_violation(_extract(text), "arbitrary_detention").perpetrators


def test_state_agents_who_were_harmed_are_no_arresters() -> None:
    text = (
        "The blogger was arrested on Friday at her home in Riverton. "
        "Two days earlier three policemen were killed in an ambush near her village."
    )
    assert not _with_violation(_extract(text), "arbitrary_detention").perpetrators


def test_the_doer_of_an_event_of_another_kind_is_not_borrowed() -> None:
    text = "A teacher was found murdered near the market. The governor arrived later, escorted by police."
    killing = Mention(document_id="d", type="attack", span=(0, 45), violations=["killing"])
    escort = Mention(
        document_id="d",
        type="change_to_group_activity",
        span=(46, len(text)),
        perpetrators=[Actor(text="police", span=(text.index("police"), len(text) - 1), kind="police")],
    )
    add_context_doers(load_context(), load_roles(), text, [killing, escort])
    assert killing.perpetrators == []  # the escort did not do the murder
    same = Mention(
        document_id="d", type="attack", span=(46, len(text)), violations=["killing"], perpetrators=escort.perpetrators
    )
    add_context_doers(load_context(), load_roles(), text, [killing, same])
    assert [a.text for a in killing.perpetrators] == ["police"]  # a doer of the same act nearby is


def test_the_subject_of_a_clause_whose_second_verb_is_the_act_is_its_doer() -> None:
    assert _doers("Witnesses said gunmen stormed the bus depot and shot three drivers.", "killing") == ["gunmen"]
    assert _doers("Soldiers searched the hamlet and killed two herders.", "killing") == ["Soldiers"]
    assert _doers("The herders were searched and questioned for hours.", "killing") == []


def test_who_documents_a_killing_is_its_source_not_its_doer() -> None:
    text = (
        "The Delta Rights Observatory has documented the killing of nine people in Sorrel on 2 May. "
        "Survivors told researchers that militiamen entered houses in the old town and shot residents."
    )
    [attack] = [m for m in _extract(text) if "killing" in m.violations]
    assert [a.text for a in attack.perpetrators] == ["militiamen"]


def test_a_phrase_after_said_is_a_source_unless_it_begins_the_reported_clause() -> None:
    assert _doers("Survivors said militiamen entered the houses and shot two residents.", "killing") == ["militiamen"]
    assert _doers("Two farmers were shot dead on Monday, said police.", "killing") == []
