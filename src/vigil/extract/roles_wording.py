"""Wording cues for roles: the regular expressions that tie a phrase to an event's trigger.

They are grammar (prepositions, auxiliaries, speech verbs), not knowledge, so they live in code; the
lexicons of actors, targets and weapons are data in ``data/roles.yaml``.
"""

from __future__ import annotations

import re

FUNCTION_WORDS = (
    "On|In|At|The|A|An|And|But|Or|As|After|Before|During|When|While|Since|Last|This|That|These|Those|Some|Several|"
    "Many|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Dozens|Hundreds|Thousands|Monday|Tuesday|Wednesday|Thursday|"
    "Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|"
    "Meanwhile|However|Also|Earlier|Later|Yesterday|Today|It|He|She|They|We|I|According|Reports|Local|Suspected|"
    "Armed|Unidentified|Unknown|Police|Security|Government|Army|Military|Rebel|Rebels"
)
SPEECH = re.compile(
    r"\s*(?:,\s*)?(?:(?:also|have|has|had|later|then|officially)\s+)?(?:said|say|says|told|reported|report|reports|"
    r"claimed|claim|claims|stated|added|confirmed|announced|alleged|accused|denied|blamed|urged|called|warned|"
    r"insisted|spokesm[ae]n|sources?|communiqu|statement|explained|indicated|disclosed|revealed|documented|"
    r"recorded|verified)\b",
    re.IGNORECASE,
)
RESPONSIBLE = re.compile(
    r"\s*(?:,[^,]{1,60},\s*)?(?:(?:has|have|had|also|later|publicly|today|yesterday)\s+){0,2}"
    r"(?:claimed|claims|claim|accepted|assumed|admitted|took)\s+(?:full\s+)?(?:the\s+)?(?:responsibility|credit|"
    r"authorship)|\s*(?:is|was|were|are)\s+(?:\w+\s+)?responsible\b",
    re.IGNORECASE,
)
BLAMED = re.compile(
    r"\b(?:blamed|blames|blame|attributed|attributes|attribute|ascribed|ascribes|pinned)\s+(?:\w+\s+){0,4}?(?:on|to)\s+"
    r"(?:the\s+|a\s+|an\s+)?(?:\w+\s+)?$|\b(?:blamed|blames|blame|blaming|accused|accuses|accuse|accusing)\s+(?:the\s+)?$|"
    r"\b(?:responsibility\s+(?:of|for)|perpetrated\s+by|work\s+of|authorship\s+of)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
PASSIVE = re.compile(
    r"^\s*(?:\S+\s+){0,4}?(?:were|was|are|is|been|being|got|get)\s+(?:\w+ly\s+)?(?:\w+\s+)?$", re.IGNORECASE
)
CHARGED = re.compile(
    r"(?:charged\s+with|accused\s+of|convicted\s+of|suspected\s+of|guilty\s+(?:of|in)|arrested\s+for|responsible\s+for|"
    r"involved\s+in|implicated\s+in|sentenced\s+for|participated\s+in|took\s+part\s+in)\s+(?:\w+\s+){0,3}$",
    re.IGNORECASE,
)
APPREHENDED = re.compile(
    r"\b(?:arrest\w*|detain\w*|captur\w*|apprehend\w*|held|hold\w*|seiz\w*|identif\w*|present\w*|interrogat\w*)\b",
    re.IGNORECASE,
)  # "police arrested ten people suspected of ...": those arrested are the suspects, not the police
BY = re.compile(
    r"\bby\s+(?:the\s+|a\s+|an\s+|some\s+|suspected\s+|alleged\s+|presumed\s+|purported\s+|\d+\s+(?:to\s+\d+\s+)?|"
    r"about\s+|approximately\s+|nearly\s+|around\s+|at\s+least\s+|more\s+than\s+|so-called\s+|self-styled\s+|"
    r"(?:two|three|four|five|six|seven|eight|nine|ten|several|(?:a\s+|an\s+)?(?:group|band|column|squad|gang|unit|cell|"
    r"commando|detachment|patrol)s?\s+of(?:\s+the)?|members of(?: the)?)\s+)*$",
    re.IGNORECASE,
)
OBJECT_PREP = re.compile(
    r"\b(?:against|on|at|targeting|target|of|to|into|upon|among|including|killing|injuring|wounding|with)\s+"
    r"(?:the\s+|a\s+|an\s+|\d+\s+|[a-z]+\s+)?$",
    re.IGNORECASE,
)
COMPOUND = re.compile(
    r"(?:'s|’s|\s+(?:commanders?|chiefs?|spokesm[ae]n|sources?|officials?|headquarters|stations?|posts?|bases?|"
    r"courts?|hospitals?|neighbou?rhoods?|precincts?|garrisons?|detachments?|ranks|positions?|camps?|strongholds?|"
    r"plans?|propaganda|radio|communiqu\w*|statements?|sympathizers|supporters|collaborators|deserters|prisoners|"
    r"documents?|uniforms?|sector|zone|areas?|control|commissions?|committees?|delegations?|investigators?|"
    r"inquiry|investigations?|prosecutors?|ministers?|ministry|agenc(?:y|ies)|reports?|offensives?|attacks?|actions?|operations?|activit(?:y|ies)|"
    r"violence|war|warfare|struggle|leaders?|leadership|targets?|threats?|ambush(?:es)?|incursions?|raids?|"
    r"sabotage|harassment|infiltration|installations?|facilities|brutality|repression|abuses|experts|"
    r"bomb[- ]squads?|jails?|quarters|custody|barracks|academ(?:y|ies)|prisons?))\b",
    re.IGNORECASE,
)
ORG_WORDS = re.compile(
    r"(?<![\w-])(?:(?!(?:the|of|a|an|by|and|or|in|on|at|to|from|with|that|which|who|said|members|terrorists|"
    r"guerrill?as|rebels)\b)[\w'’]+[ -]){1,4}$",
    re.IGNORECASE,
)
BY_AFTER_TRIGGER = re.compile(r"\s+(?:[\w'’-]+\s+){0,2}?by\s+(?:the\s+)?", re.IGNORECASE)
POLICE_NAME = re.compile(r"\b(?:Police|Gendarmerie|Constabulary|Sheriff)")
STATE_NAME = re.compile(r"\b(?:Army|Forces|Military|Guard|Security|Intelligence|Services?|Ministry|Government|Navy)\b")
MEMBERS_OF = re.compile(
    r"\b(?:members?|units?|commandos?|cells?|factions?|fighters|militants|guerrill?as|terrorists|rebels|wing|columns?|"
    r"groups?|squads?|elements|bands?) of\s+(?:the\s+)?(?:(?:about|some|at least|more than|nearly|approximately)\s+)?"
    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|forty|fifty|several|"
    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty)\s+(?:to|or)\s+\d+|dozens)?\s*$",
    re.IGNORECASE,
)
RELATIVE_SUBJECT = re.compile(
    r"\s*,?\s*(?:that|who|which)\s+(?:(?:had|have|has|allegedly|reportedly|later|then)\s+){0,2}", re.IGNORECASE
)  # "the armed group that killed five peasants", "the commando who killed the senator": the doer of the clause
SUBJECT_GAP = re.compile(
    r"^\s*(?:\([^()]{1,40}\)\s*)?"  # a bracketed aside: "the national guard (word indistinct) shot"
    r"(?:(?:on|last|early|late)\s+(?:\d{1,2}\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"january|february|march|april|may|june|july|august|september|october|november|december)(?:\s+\d{1,2})?"
    r"(?:\s+(?:morning|afternoon|evening|night))?,?\s+)?"  # "the front on 29 november resumed its attacks"
    r"(?:(?!(?:that|which|who|whom|when|while|after|before|because|but|although|if|and|or|said|says|reported|"
    r"against|on|of|to|from|in|at|with|condemned|denied|denounced|charged|accused|announced|confirmed|stated|added|"
    r"claimed|warned|asked|demanded|blamed|among|investigat\w*|condemn\w*|repudiat\w*|deplor\w*|denounc\w*|"
    r"prevent\w*|repel\w*|foil\w*|thwart\w*|avert\w*|rescu\w*|respond\w*|react\w*|mourn\w*|solv\w*|"
    r"captur\w*|arrest\w*|pursu\w*|search\w*|prosecut\w*|punish\w*|clarif\w*|offer\w*|"
    r"attribut\w*|ascrib\w*|link\w*|expect\w*|suspect\w*|"
    r"document\w*|record(?:s|ed|ing)?|verif\w*|monitor\w*|tallied|counted|registered|noted|cited|describ\w*|"
    r"sustain\w*|suffer\w*|los[te]s?|incurr\w*)\b)"
    r"[\w'’-]+\s+){0,4}$",
    re.IGNORECASE,
)
OBJECT_GAP = re.compile(
    r"^\s*(?:(?:of|on|against|at|to|upon|targeting)\s+)?(?:(?!(?:that|which|who|when|while|after|before|because|but|"
    r"by|said|says|reported|in|from|with|during|and|near)\b)[\w'’.-]+\s+){0,5}$",
    re.IGNORECASE,
)
HARM = (
    r"(?:kill|injur|wound|kidnap|abduct|massacr|murder|execut|shot|shoot|tortur|assassinat|attack|shell|bomb|"
    r"arrest|detain|beat|rap|hack|stab|burn)\w*"
)
HARMED_AFTER = re.compile(
    rf"\b(?:{HARM}|(?:death|deaths|murder|killing|assassination|kidnapping|abduction) of)\s+"
    r"(?:(?!(?:by|and|in|on|from|with|during|after|near|when|while|as|because|since|before|until|where)\b)"
    r"[\w'’.-]+\s+){0,4}$",
    re.IGNORECASE,
)
HARMED_TITLED = re.compile(
    r"\b(?:death|deaths|murders?|killings?|assassinations?|kidnappings?|abductions?|disappearances?|executions?|"
    r"attack on|attacks on|attempt on|attempts on|attempt against|attack against|killed|murdered|assassinated|"
    r"kidnapped|abducted|wounded|injured|shot)\s+(?:of\s+)?"
    # a time or a place between the act and those it befell: "the killings during the past week of a judge and
    # senator ...", "assassinated in less than two days, magistrate ..."
    r"(?:(?:in|during|on|over|within)\s+(?:[\w-]+\s+){0,5}?(?:of\s+|(?:hours?|days?|weeks?|months?|years?),\s+))?"
    r"(?:(?!(?:by|said|says|who|which|when|after|before|in|on|from|during|that|was|were|near|it|he|she|they|we)\b)"
    r"[\w'’.-]+,?\s+|\([^()]{1,60}\)\s+){0,8}$",  # "the attack on the das (security department) director ..."
    re.IGNORECASE,
)
LISTED = re.compile(
    r"(?:,\s*\d{1,3})?(?:\s*[,;]\s*(?:and\s+(?:of\s+)?)?|\s+and\s+(?:of\s+)?)(?:[a-z.-]+,?\s+){0,4}",
    re.IGNORECASE,
)
HARMED_BEFORE = re.compile(
    rf"\s*(?:,[^,]{{1,80}},\s*)?(?:(?:were|was|are|is|been|being|have been|has been|had been)\s+(?:\w+ly\s+)?{HARM}"
    r"|(?:died|perished)\b)",
    re.IGNORECASE,
)
AMONG = re.compile(
    r"\b(?:including|among them|among whom|mostly|most of them|many of them|such as)\s+(?:[\w'’-]+\s+){0,3}$",
    re.IGNORECASE,
)
DAMAGED_AFTER = re.compile(
    r"\b(?:destroy\w*|destruction|damag\w*|burn\w*|torch\w*|set fire to|set on fire|blew up|blow up|blown up|"
    r"dynamit\w*|bomb(?:ed|ing)|"
    r"attack\w*|raid\w*|sabotag\w*|loot\w*|ransack\w*|strafed|machinegunned|fired (?:at|on)|hurled (?:\w+ ){0,3}at|"
    r"(?:exploded|explosion|blast|went off|placed|planted|left|hurled|thrown|threw)\s+(?:\w+\s+){0,3}?"
    r"(?:in|at|near|inside|outside|in front of|into|onto|against))(?:\s+of)?"  # "the destruction of"
    r"\s+(?:(?:the|a|an|\d+|two|three|four|five|six|several|some|other|its|their|his|her)\s+)*(?:[\w.-]+\s+){0,2}$",
    re.IGNORECASE,
)
DAMAGED_BEFORE = re.compile(
    r"^\s*(?:,[^,]{1,60},\s*)?(?:was|were|has been|have been|had been|is|are)\s+(?:\w+ly\s+|also\s+)?"
    r"(?:destroyed|damaged|burned|burnt|torched|set on fire|blown up|dynamited|bombed|attacked|hit|raided|"
    r"sabotaged|looted|ransacked|strafed|mined|brought down|knocked down|toppled|gutted|razed)\b",
    re.IGNORECASE,
)
WITH = re.compile(r"\b(?:with|against)\s+(?:the\s+|a\s+|an\s+)?$", re.IGNORECASE)
ACCORDING = re.compile(
    r"\baccording to\s+(?:the\s+)?(?:(?!(?:that|which|who)\b)[\w'’-]+\s+){0,4}$|\b(?:said|told)\s+(?:the\s+)?$",
    re.IGNORECASE,
)  # "according to police", "according to statistics of the secret police": the source, not a participant
REACTS = re.compile(
    r"\s+(?:(?:today|yesterday|also|has|have|had|later|then|strongly|publicly|immediately|does|do|did|not)\s+){0,2}"
    r"(?:believes?|believed|thinks?|deplor\w*|condemn\w*|regrett?\w*|reject\w*|repudiat\w*|lament\w*|"
    r"expects?|expected|hopes?|hoped|fears?|feared|suggest\w*|praised|welcomed|identified|investigat\w*|"
    r"rescu\w*|liberat\w*|surround\w*|managed to (?:rescue|free|liberate))\b",
    re.IGNORECASE,
)  # "the government deplored the kidnapping", "troops rescued the hostages": a reaction to the act, not the act
TOLD_AFTER_OF = re.compile(
    rf"\s+of\s+(?:[\w.'’-]+\s+){{0,5}}?[\w.'’-]+(?={REACTS.pattern}|{SPEECH.pattern})", re.IGNORECASE
)  # "the government of the republic strongly condemns the murder": who reacts, named with whom it governs
NEGATED = re.compile(r"(?<![\w'’-])(?:no|none of (?:the|its|their))\s+(?:(?!\d)[\w-]+\s+){0,2}$", re.IGNORECASE)
# "no rebel group has claimed responsibility": nobody is named (not "detachment no 4 troops")
HELD_BY = re.compile(
    r"\b(?:(?:his|her|their|our|its|my|your)\s+(?:[\w-]+\s+)?|"
    r"(?:to|with the help of|under|before|over to)\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2})$",
    re.IGNORECASE,
)  # "his government", "turned over to the pertinent authorities": named, not acting
NAME_BEFORE = re.compile(
    r"^\s*(?:,[^,]{1,80},\s*)?(?:(?:was|were|has been|had been|is)\s+(?:\w+\s+)?|(?:died|perished)\s+(?:\w+\s+)?)$"
)
SEIZED = re.compile(
    r"\b(?:seiz|confiscat|found|recover|captur|discover|deactivat|defus|dismantl|surrender|cache|arsenal|stock|"
    r"smuggl|traffick|purchas|bought|sold|suppl|deliver|shipment|possession)",
    re.IGNORECASE,
)
SEIZED_LIST = re.compile(
    r"\b(?:seiz|confiscat|captur|cache|arsenal|stockpil|dismantl|deactivat|defus|war materiel|weapons? (?:depot|dump))",
    re.IGNORECASE,
)
SEIZED_AFTER = re.compile(
    r"[^.;]{0,50}?\b(?:was|were|have been|has been|had been|are|is)\s+(?:\w+ly\s+|also\s+)?(?:seized|confiscated|found|"
    r"recovered|captured|discovered|deactivated|defused|dismantled|surrendered|handed over|buried|stored|hidden)\b",
    re.IGNORECASE,
)
CLAUSE_START = re.compile(
    r"(?:[;:]|\.\s|\bwhile\b|\bwhereas\b|\bbut\b)(?!.*(?:[;:]|\.\s|\bwhile\b|\bwhereas\b|\bbut\b))", re.S
)
CRAFT = re.compile(
    r"(?:helicopters?|planes?|aircraft|airplanes?|jets?|warplanes?|gunships?|helicopter gunships?|patrols?)\b",
    re.IGNORECASE,
)
_NUMBER = (
    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|several)"
)
GROUP_LEAD = re.compile(
    r"(?<![\w'’,.-])(?:(?:a|an|the)\s+)?((?:(?:group|band|column|squad|gang|unit|commando|detachment|cell)\s+of\s+)?"
    r"(?:(?:approximately|about|some|at least|more than|nearly|around)\s+)?"
    rf"(?:{_NUMBER}\s+(?:to|or)\s+)?{_NUMBER}\s+"
    r"|(?:group|band|column|squad|gang|unit|commando|detachment|cell)\s+of\s+)$",
    re.IGNORECASE,
)
MODIFIER_BEFORE = re.compile(r"(?<![\w'’.-])([a-z][\w'’.-]*)\s$", re.IGNORECASE)
TARGET_STOP = re.compile(
    r"\b(?:the|a|an|this|that|these|those|its|their|his|her|our|my|your|and|or|but|of|in|on|at|to|from|by|for|with|"
    r"into|onto|against|near|outside|inside|front|behind|during|after|before|while|when|where|which|who|whom|whose|"
    r"than|as|also|not|no|was|were|is|are|be|been|being|has|have|had|yesterday|today|tonight|last|next|early|late|"
    r"morning|afternoon|evening|night|several|many|some|few|all|both|each|every|other|another|same|various|numerous|"
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds?|thousands?|monday|tuesday|"
    r"wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|"
    r"november|december|said|says|told|tells|reported|nearly|about|around|up|down|over|under|then|there|here|more|most|"
    r"least|own|such|what|it|they|he|she|we|i|you|them|him|us|me|large|small|big|huge|empty|white|black|red|blue|green|yellow|main|true|new|old|several|burn|destroy|attack|damage|bomb|blow|set|took|take|hit|raid|loot|torch|dynamite|(?!(?:shopping|parking|training|banking|housing|mining|polling|processing|printing|bottling|filling|boarding|meeting|building|dwelling|gathering|lodging|sporting)\b)[a-z'’]+ing|[a-z'’]+ed|[a-z'’]+ly|\d[\w.,-]*)\b",
    re.IGNORECASE,
)
OF_PHRASE = re.compile(r"\s+of\s+(?:the\s+|an?\s+)?(?=[a-z]|\d+(?:st|nd|rd|th|d)\b)", re.IGNORECASE)
PHRASE_WORD = re.compile(r"[a-z][\w'’.-]*", re.IGNORECASE)
LOCATED_SUBJECT = re.compile(
    r"\s+(?:(?:on|in|at|inside|around|near)\s+(?:the\s+)?[\w'’-]+\s+)?"
    r"(?:(?:are|were|is|was|have been|has been|had been|have|has|had)\s+)?(?:\w+ly\s+|also\s+|still\s+)?",
    re.IGNORECASE,
)
COUNTER_BY = re.compile(
    r"\b(?:repel\w*|foil\w*|thwart\w*|averted|rescued|freed|defused|deactivated|dismantled|"
    # reported, ordered or looked into by someone: a source or an authority, not the doer
    r"reported|issued|confirmed|announced|received|released|published|denied|condemned|investigated|investigations?|"
    r"inquiry|probe|summoned|presented|ordered|chosen|decreed|requested|quoted|cited|"
    # a backer, not a doer: "militiamen backed by the government" (the backer is read from the doer's phrase)
    r"backed|supported|sponsored|funded|financed|armed|trained|equipped|"
    r"documented|verified|intercepted|identified|suspected|supplied|provided|reports?|announcements?|statements?|"
    r"communiqu\w*|information)(?:\s+(?:today|yesterday|later|\w+ly))?\s+by\s+(?:\w+\s+){0,3}$",
    re.IGNORECASE,
)
ADJECTIVAL = re.compile(r"\b(?:government|military|regime|state|police|army|navy|air force)$", re.IGNORECASE)
NOT_VICTIMS = re.compile(r"^(?:the\s+)?(?:victims?|casualties|dead|wounded|injured)$", re.IGNORECASE)


ACRONYM = re.compile(r"\s*(?:\(([a-z][a-z0-9-]{1,9})\)|,\s*([a-z][a-z0-9-]{1,6}),)", re.IGNORECASE)

COORD = re.compile(
    r"\s*(?:,\s*|,?\s*(?:and|or)\s+)(?:(?:the|a|an|\d+|two|three|four|five|six|seven|eight|nine|ten|"
    r"several|other|some)\s+){0,2}$",
    re.IGNORECASE,
)

COORD_ITEM = re.compile(
    # "four shops; namely, a bank, a hotel and a store": the items named after their kind
    r"\s*(?:(?:\s+(?:in|at|on)\s+[^,;:.]{1,30}?)?[,;:]?\s*(?:namely|including|such as|among them),?\s+|,\s*|"
    r",?\s*(?:and|or)\s+)"
    r"(?:(?:the|a|an|\d+|two|three|four|five|six|several|other|some)\s+)?"
    r"(?:[\w.-]+\s+){0,2}",
    re.IGNORECASE,
)

DESCRIBED = re.compile(
    r"\s*,\s*(?:(?:including|among them|among whom|namely|such as|identified as)\s+)?"
    r"|\s+(?:including|among them|namely|such as|as)\s+",
    re.IGNORECASE,
)  # "six priests, including father ...": the names that describe a group
TITLE_GAP = re.compile(r"(?:(?:the\s+)?[\w.-]+\s+){0,2}", re.IGNORECASE)  # "father", "jesuit priest"
LISTED_NEXT = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:(?:the\s+)?[\w.-]+\s+){0,2}", re.IGNORECASE)
ATTACHED = re.compile(r"\s+(?:of|from)\s+(?:the\s+|an?\s+|its\s+)?", re.IGNORECASE)  # "a soldier from the unit"
UNIT_WORD = re.compile(r"[a-z][\w'’.-]*(?:\s*\([^()]{1,12}\))?", re.IGNORECASE)
UNIT_STOP = re.compile(
    r"that|which|who|whom|and|or|but|said|says|was|were|is|are|has|have|had|in|on|at|by|to|with|for|"
    r"after|before|when|while|during|[\w'’.-]+(?:ed|ing)",
    re.IGNORECASE,
)
VERB_NEXT = re.compile(r"\s+(?:\w+ly\s+|also\s+|then\s+|later\s+)?", re.IGNORECASE)
MEMBERS_AFTER = re.compile(
    r"\s+(?:members|militants|fighters|combatants|cadres|elements|gunmen|hitmen)\b", re.IGNORECASE
)  # "nlf members": the organisation's hands
APPOSED_TITLE = re.compile(r",\s*(?:(?:the|a|an)\s+)?(?:[\w-]+\s+){0,2}", re.IGNORECASE)  # "juan gil, the town mayor"
NO_OBJECT = re.compile(
    r"\s*(?:[,;.]|$|(?:in|on|at|by|during|when|while|after|before|near|last|yesterday|today|and|or|were|was)\b)",
    re.IGNORECASE,
)  # "the men killed in the attack": a participle, no object
# acts whose past form is no participle: "two men opened fire on the bus" has its object after "on"
NOT_PARTICIPLE = re.compile(r"opened fire|threw|hurled", re.IGNORECASE)
MEN = re.compile(r"(?:[\w-]+\s+){0,2}(?:men|man|youths)", re.IGNORECASE)
ACTIVE_HARM = re.compile(
    r"(?:killed|murdered|shot|wounded|injured|stabbed|kidnapped|abducted|attacked|assassinated|machinegunned|"
    r"threw|hurled|planted|fired|opened fire|set fire|bombed|beat|hacked|executed)\b",
    re.IGNORECASE,
)
WEARING = re.compile(
    r"\s+(?:wearing|dressed\s+in|clad\s+in|in)\s+(?:[\w-]+\s+){0,3}?(?:uniforms?|fatigues|civilian\s+clothes|"
    r"clothing|ski\s+masks|masks|hoods)\b",
    re.IGNORECASE,
)  # "men wearing military uniforms": what the doers wore tells who they may be
PATRON = re.compile(
    r",?\s+(?:loyal\s+to|allied\s+(?:to|with)|aligned\s+(?:to|with)|affiliated\s+(?:to|with)|linked\s+to|"
    r"(?:backed|supported|sponsored|funded|financed|armed|trained|equipped)\s+by)\s+",
    re.IGNORECASE,
)  # "militias loyal to the president", "gunmen backed by the army": whom the doers act for
_PATRON_WORD = r"(?!(?:that|which|who|and|or|but|when|while|after|before|in|on|at|near|from)\b)[\w'’.-]+,?\s+"
PATRON_WORD = re.compile(_PATRON_WORD, re.IGNORECASE)
PATRON_NAME = re.compile(rf"(?:{_PATRON_WORD}){{1,6}}", re.IGNORECASE)  # the one they act for, up to the act
RIDING = re.compile(
    r",?\s+(?:(?:riding|travell?ing|driving)\s+(?:(?:in|on|aboard)\s+)?|(?:aboard|on board|on|in)\s+)"
    r"(?:(?:a|an|the|two|three|several)\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:motorcycles?|motorbikes?|cars?|automobiles?|vehicles?|trucks?|jeeps?|vans?|pick-?ups?|"
    r"bicycles?|taxis?|buses|bus)(?:\s+\([^()]{1,30}\))?,?",
    re.IGNORECASE,
)  # "two men riding on a motorcycle threw a bomb": how the doers came
