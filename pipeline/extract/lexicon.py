"""Word lists and patterns of attribution, shared by the extraction modules.

Communication verbs (strong, weak, object-taking, participles), title and document words, heads
of groups and institutions, capitalised words that open sentences, adverbials and audiences that
sit between a verb and its content, and the split points of coordinated attributions. Conflict-free:
no actor names (those live in `configs/actors/*.yaml`). Not here: any matching logic.
"""
from __future__ import annotations

import re

# ----------------------------------------------------------------------------------- lexicon
V_STRONG = ("said says say told tells stated states noted notes added adds stressed stresses emphasized "
             "emphasised emphasizes emphasises warned warns insisted insists argued argues claimed claims "
             "declared declares announced announces acknowledged acknowledges conceded concedes confirmed "
             "confirms complained complains predicted predicts reiterated reiterates maintained maintains "
             "contended contends countered counters cautioned cautions asserted asserts assured assures "
             "underlined underlines repeated repeats accepted admitted admits explained explains affirmed affirms "
             "reaffirmed reaffirms underscored underscores alleged alleges opined opines conveyed conveys regretted "
             "regrets assessed assesses").split() + [
    "pointed out", "points out"]
V_WEAK = ("wrote writes written posted posts tweeted tweets responded responds replied replies reported reports "
           "recalled recalls indicated indicates signalled signaled signals suggested suggests denied denies "
           "promised promises vowed vows pledged pledges threatened threatens agreed agrees observed remarked "
           "asked asks hinted hints questioned wondered wonders estimated estimates revealed reveals disclosed "
           "boasted boasts lamented laments recounted protested concluded concludes offered offers pressed presses "
           "appealed appeals answered informed informs commented comments reminded reminds specified specifies "
           "clarified clarifies").split() + ["went on", "made clear", "makes clear", "made it clear",
                                                   "drew attention", "draws attention",
                                                   "let it be known", "lets it be known"]     # round 32
V_PRESS = {"pressed", "presses", "appealed", "appeals"}     # + "for ..." or "X to <verb>"
V_INF = {"promised", "promises", "vowed", "vows", "pledged", "pledges", "threatened", "threatens",
         "offered", "offers"}                                                               # + "to <verb>"
# verbs that frame a quotation ('"Enough!" Lavrov snapped', 'The Europeans, the minister snapped, had ...') or take
# an explicit "that", never a bare object: "the fighting continued" is no statement
V_FRAME = set(("snapped snaps retorted retorts quipped quips scoffed scoffs joked jokes shouted shouts exclaimed "
               "exclaims mused muses continued continues laughed sighed pleaded pleads objected interjected "
               "interjects cried sneered sneers thundered thunders fumed fumes growled growls raged rages crowed crows "
               "trumpeted trumpets blasted blasts boomed booms gushed gushes hissed hisses jeered jeers mocked mocks "
               "taunted taunts bragged brags stormed storms seethed snarled snarls barked barks chided chides "
               "scolded scolds groaned groans quipped marvelled marveled allowed charged pondered ponders "
               # round 40: manner-of-speaking verbs of sketch and feature copy ("X (Lab, Y) ventured that ...")
               "ventured ventures chirruped chirrups bristled bristles harrumphed harrumphs purred purrs intoned intones "
               "grumbled grumbles groused grouses griped gripes sniffed sniffs bemoaned bemoans huffed huffs drawled "
               "drawls").split()) | {"hit back", "hits back",
                                                 "shot back", "shoots back", "fired back", "fires back", "set out", "sets out", "laid out", "lays out", "outlined", "outlines",
                                                 "spelled out", "spelt out", "spells out", "put forward"}
V_CLAUSE = {"suggested", "suggests", "questioned", "asked", "asks", "indicated", "indicates", "signalled", "signaled",
            "signals", "hinted", "hints", "predicted", "wondered", "wonders", "estimated", "estimates", "revealed",
            "reveals", "disclosed", "boasted", "boasts", "lamented", "laments", "recounted", "protested", "concluded",
            "concludes", "drew attention", "draws attention"}     # + "whether ..." or a bare clause
# Position and evaluation verbs that report only with an explicit "that" (translated and agency copy: "the minister
# defended that ...", "evaluated that ...", "judged that ..."): ONE list, read by `clauses.believes_that`, which also
# takes "in/on/at <Place>" before the "that" ("defended in Rio that ..."). A verb joins only when it introduces no
# non-statement in development copy (checked writer by writer, round 15 of issue 14); the verbs of V_STRONG and
# V_WEAK that are here ("assessed", "estimated", "assured", "opined", "maintained", "underlined", "pointed out",
# "highlighted", "insisted") keep their own rules as well.
THAT_VERBS = ("believes believed considers considered thinks hopes hoped expects expected fears feared defends defended "
              "evaluates evaluated judges judged assesses assessed estimates estimated assures assured opines opined "
              "maintains maintained underlines underlined highlights highlighted insists insisted reckons reckoned "
              "posits posited avers averred views viewed shares shared").split() + [   # South Asian copy: "viewed
    # that", "shared that" (round 55)
    "points out", "pointed out"]
# the plural present of speech verbs, a report only with an explicit "that" after a plural subject (round 40): "The
# authors argue that ...", "Iranian officials repeat that ...", "They also underline that ..." (`clauses.believes_that`;
# never after "to", a modal or "do not": "hard to argue that", "would insist that")
V_PLURAL_THAT = ("argue insist warn underline recall repeat reiterate explain stress emphasise emphasize maintain "
                 "contend affirm reaffirm").split() + ["point out"]
# verbs that report with the speaker after them, the clause before ("The talks will go on, says Peskov.", "A truce is
# possible, evaluated the minister."): the THAT_VERBS report this way too
V_INVERTED = set(("said says added adds argued argues insisted insists warned warns noted notes stressed stresses "
                  "emphasized emphasised emphasizes emphasises claimed claims wrote writes stated states explained "
                  "explains declared declares continued continues concluded concludes recalled recalls replied replies "
                  "responded responds countered counters asserted asserts underlined underlines affirmed affirms "
                  "assessed assesses pondered ponders reiterated reiterates indicated indicates").split()) | \
    {"pointed out", "points out"} | \
    set(THAT_VERBS) - {"believes", "believed", "thinks", "hopes", "hoped", "expects", "expected", "fears", "feared"}
# THAT_VERBS that no other list holds: a report only before "that" (`clauses.believes_that`) or with the speaker
# after them (", evaluated the minister"), never with a bare object or a quotation ("considered the proposal", "land
# its soldiers had defended: ..." are no statements), so VERB_RE finds them only after a comma
V_THAT_ONLY = {"evaluated", "evaluates", "judged", "judges", "defended", "defends", "considered", "considers"}
# object frames of the same kind, read through V_OBJECT and V_AS: "X pleaded for a truce" (like "called for"),
# "X termed the plan as Y" (like "described X as Y"); never "terms", a noun in most copy ("its standing terms:")
V_FOR = ("pleaded for", "pleads for")
V_TERMED = ("termed",)
V_AS = {*V_TERMED, "described", "describes", "describing", "dismissed", "dismisses", "dismissing", "criticised", "criticized",
        "criticises", "criticizes", "condemned", "condemns", "hailed", "hails", "praised", "praises",
        "characterised", "characterized", "portrayed", "portrays"}   # "described X as Y"
V_OBJECT = [*V_FOR, *V_TERMED, "called for", "calls for", "call for", "accused", "accuses", "demanded", "demands", "proposed", "proposes", "urged", "urges", "enjoined", "enjoins",
             "insisted on", "insists on", "blamed", "blames", "floated", "floats",
             "rejected", "rejects", "welcomed", "welcomes", "expressed concern", "voiced concern",
             "expressed concerns", "voiced concerns", "expressed", "expresses", "voiced", "express concern", "raised concerns",
             "ruled out", "rules out", "called on", "calls on", "spoke of", "speaks of", "argued for", "described",
             "describes", "dismissed", "dismisses", "criticised", "criticized", "criticises", "criticizes",
             "condemned", "condemns", "hailed", "hails", "praised", "praises", "characterised", "characterized",
             "portrayed", "portrays", "pointed to", "points to", "spoke in favour of", "spoke in favor of",
             "speaks in favour of", "speaks in favor of", "spoke out against", "spoke out in favour of",
             "spoke out in favor of", "advocated", "advocates", "highlighted", "highlights", "objected to", "objects to",
             "talked up", "talks up", "played down", "plays down"]   # round 36
PARTICIPLES = ("saying stating adding noting warning arguing insisting stressing emphasizing emphasising asking remarking "
                "telling writing declaring explaining claiming insisting urging proposing demanding "
                "welcoming rejecting accusing speaking describing dismissing asserting opining informing maintaining "
                "contending alleging reiterating cautioning conceding acknowledging predicting complaining countering "
                "affirming reaffirming underlining promising repeating floating confirming suggesting").split() + [
    "calling for", "calling on", "pointing out"]
INTRO_PART = {"saying", "stating", "asking", "writing", "declaring", "telling", "speaking"}
VERB_RE = re.compile(r"(?<![\w'’-])(?<!'s\s)(?<!’s\s)(?<!\bthe\s)(?<!\bThe\s)(?<!\bits\s)(?<!\bhis\s)(?<!\btheir\s)"
                     r"(" + "|".join(sorted(
    {re.escape(v) for v in V_OBJECT + V_STRONG + V_WEAK + PARTICIPLES} | {re.escape(v) for v in V_FRAME},
    key=len, reverse=True)) + r"|(?:held|holds|reflected)(?=\s+that\s)|(?<=,\s)(?:" + "|".join(sorted(V_THAT_ONLY)) +
    r")(?=\s+(?:the\s+)?[A-Z])|(?:renewed|renews)(?=\s+(?:its|his|her|their|the)\s+(?:call|calls|"
    r"demand|demands|appeal|appeals|plea|pleas|complaint|complaints|offer)\b)|(?:made|makes)(?=\s+(?:a|an|the|any|its|"
    r"further)\s+[^.;:\"“”]{1,80}?\s+conditional\s+(?:on|upon)\s))(?![\w'’-])")   # "The same text held that ...": a
# document's position, only with "that" (never "held talks"); "X renewed its call for ...": a nominal report; "X made a
# truce conditional on Y": X's condition (round 30)
V_HELD = {"held", "holds", "reflected"}   # "the ambassador reflected that ...": a report only with "that" (round 34)
ALL_VERBS = set(V_STRONG) | set(V_WEAK) | set(V_OBJECT) | V_FRAME
TITLE_WORDS = set((
    "spokesman spokeswoman spokesperson spokesmen minister ministers president chancellor aide aides adviser "
    "advisor advisers envoy official officials leader leaders chief head secretary scientist political foreign "
    "prime deputy defence defense national security general ambassador negotiator negotiators delegation "
    "statement readout ministry government office press service council state affairs analyst analysts expert "
    "experts commander director member members lawmaker lawmakers legislator legislators senator governor mayor joint written "
    "communique communiqué memorandum document declaration letter post presidency administration team "
    "representative representatives counterpart counterparts diplomat diplomats top senior former acting "
    "special vice first host premier foreign-policy intelligence military army parliament speaker chairman chairperson chairwoman "
    "coordinator commissioner presidential kremlin russian ukrainian european american british french german "
    "policy undersecretary development finance interior justice economy trade energy health opposition "
    "movement bloc civilian daily spokesperson note conclusions pontiff host colonel lieutenant major captain "
    "editorial columnist "
    "international humanitarian external relations forum committee association organisation organization "
    "network foundation institute coalition alliance "
    "admiral sergeant staff diplomacy politician parliamentarian statesman brigadier marshal delegate delegates "
    "taoiseach tánaiste tanaiste "
    "executive ceo founder "   # round 59: "Wawel Defence's chief executive", "the company's founder"
    "of the for and on to").split())
# longest first, so the alternation is deterministic and greedy ("ministers" before "minister")
TITLE_ALT = "|".join(sorted((w for w in TITLE_WORDS if w.isalpha() and len(w) > 3), key=lambda w: (-len(w), w)))
DOC_WORDS = {"statement", "readout", "communique", "communiqué", "memorandum", "document", "declaration", "letter",
              "post", "text", "message", "report", "plan", "draft", "proposal", "resolution", "read-out", "transcript",
              "summary", "minutes", "decree", "note",
              "release", "manual", "cable"}   # round 31: "The release said", "the manual says", "The cable said"
GROUP_HEADS = {"leaders", "officials", "ministers", "negotiators", "delegation", "allies", "governments",
                "diplomats", "members", "lawmakers", "europeans", "representatives", "delegations", "sides",
                "signatories", "participants", "mediators"}
INST_HEADS = {"ministry", "government", "kremlin", "office", "presidency", "administration", "council",
               "department", "treasury", "commission", "union", "house", "street", "palace", "army", "service",
               "embassy", "mission", "consulate", "parliament", "cabinet", "command", "authorities", "leadership"}
STOP_CAP = set(("On In At After Before During Since Until From By With Without For To Of And But Or Yet So As "
                 "When While Where Although Though Because If Then Also However Meanwhile Still Earlier Later "
                 "Afterwards Afterward Separately Likewise Similarly Elsewhere "
                 "Today Yesterday Tonight Monday Tuesday Wednesday Thursday Friday Saturday Sunday January "
                 "February March April May June July August September October November December Jan Feb Mar "
                 "Apr Jun Jul Aug Sep Sept Oct Nov Dec Asked Speaking Visiting Meeting Turning Writing Answering "
                 "Responding Summary Update Analysis Catch-up Breaking It This That These Those There Here A An "
                 "Some Many Several Both All Each Neither Either Instead Indeed Separately Overnight "
                 # a question's first word is no part of a name ("Did Putin give any ground?", "Who asked X")
                 "Who Whom Whose What Why How Did Does Is Are Was Were Has Have Had Would Could Should").split())
GENERIC = {"no one"} | set(("critics officials analysts observers experts sources people many some others diplomats residents "
                "supporters opponents skeptics sceptics commentators insiders aides reports media journalists "
                "reporters correspondents nobody everyone everybody someone somebody anyone anybody none traders "
                "investors dealers bankers brokers economists strategists readers viewers listeners").split()) | {
    "some mps", "many mps", "some lawmakers", "many lawmakers", "some traders", "some analysts", "some diplomats"}
PRONOUNS = {"he": "m", "she": "f", "they": "group", "it": "inst"}
BEFORE_OK = set(("and but then so as while when after because meanwhile however also yesterday today later "
                  "earlier since once where though although now instead").split())
AUX = re.compile(r"(?:\s+(?:long|consistently|also|later|again|then|earlier|further|previously|repeatedly|publicly|separately|privately|"
                  r"recently|reportedly|once|simply|quickly|already|himself|herself|itself|themselves|has|have|had|"
                  r"was|would|will|could|might|may|did|does|do|since|first|last|subsequently|finally|immediately|"
                  r"swiftly|only|just|even|clearly|explicitly|openly|bluntly|flatly|firmly|sharply|pointedly|"
                  r"angrily|also|told|had\s+also|has\s+since|now|meanwhile|already|still|duly|promptly|formally|"
                  r"officially|categorically|emphatically|curtly|tersely|cautiously|belatedly|initially|eventually|"
                  r"insistently|vehemently|strongly|quietly|warmly|swiftly|directly|implicitly|loudly))+$", re.I)
ADV_AFTER = re.compile(
    r"(?:\s*,?\s*(?:aloud|out loud|openly|bluntly|drily|dryly|flatly|curtly|tersely|(?:on|late on|early on|earlier on|last|this|late|early)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
    r"Saturday|Sunday|weekend|week|month|year|night|morning|\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2}(?:st|nd|rd|th)?)"
    r"(?:\s+(?:morning|afternoon|evening|night))?|yesterday|today|tonight|overnight|earlier|later|again|also|afterwards|afterward|subsequently|previously|once more|"
    r"then|separately|publicly|privately|repeatedly|the next day|the same day|\(\d{1,2}\)|on Telegram|on X|on Truth Social|"
    r"on social media|on Twitter|on Facebook|on television|on state television|in (?:a|an|his|her|their|its|the)\s+"
    r"(?:(?!(?:that|which|who|whose|where|when|the|a|an)\s)[\w'’-]+\s+){0,4}(?:statement|interview|speech|address|post|video|"
    r"message|briefing|remarks|call|conference|"
    r"appearance|broadcast|op-ed|article|letter)|at (?:a|an|the)\s+(?:[\w'’-]+\s+){0,4}?(?:conference|briefing|summit|"
    r"meeting|event|forum|rally|press conference|news conference)|(?-i:in [A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*)|"
    r"(?:(?:late|early)\s+)?(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|"
    r"evening|night))?(?![\w'’-])|after "
    r"(?:the|a|his|her)\s+(?:[\w'’-]+\s+){0,3}?(?:talks|meeting|call|round|summit))(?![\w'’-]))+", re.I)
AUDIENCE = re.compile(   # the described audience first ("Russian state television"), then a bare name ("the BBC")
    r"\s*(?:(?:a|an|the|his|her|their|its|state|public|national|local|[A-Z][\w'’-]*)\s+(?:(?!(?:the|a|an)\s)[\w'’-]+\s+){0,3}?"
    r"(?:radio|television|TV|broadcaster|newspaper|daily|agency|channel|outlet|press|reporters|journalists|lawmakers|"
    r"parliament|audience|conference|briefing|forum|summit|interview|crowd|supporters|delegates|officials|counterpart|"
    r"counterparts|hosts?|leaders|members|nation|people|network|show|podcast|magazine|troops|soldiers|officers|"
    r"commanders|diplomats|students|meeting|session|gathering|rally)(?![\w'’-])|reporters|journalists|"
    r"the press|the media|lawmakers|parliament|supporters|troops|soldiers|officers|commanders|diplomats|"
    r"(?:the\s+)?(?:[A-Z](?:[\w'’-]|\.(?=\w))*\.?(?<![a-z]{3}\.)(?<![A-Z]{3}\.)\s+){0,3}[A-Z][\w'’.-]*|"
    r"(?:me|us|him|her|them)(?=[\s,.]))"   # "told me the plan was dead": the reporter is the audience
    r"(?![\w'’-])(?:\s+aboard\s+(?:[A-Z][\w'’-]*\s*)+)?"
    r"(?:\s+(?:at|in)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}(?![\w'’-]))?")   # "reporters at the White House"
BAD_CLAUSE_START = re.compile(r"(?:as|when|while|after|before|because|during|until|since|with|and|but|or|by|of|to"
                               r"|for|from|at(?!\s+(?:least|most)\b)|in|on|that was)\b", re.I)
NOMINAL = re.compile(r"(?<![\w'’-])([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*|[Ee]uropean leaders|[Tt]he leaders|"
                     r"[Tt]he\s+(?:[a-z]+\s+)?(?:movement|government|coalition|alliance|group|militia|ministry|"
                     r"delegation|army|presidency|council|two leaders|four leaders|three leaders|leaders|ministers))"
                     r"(?:'s|’s|'|’)"
                      r"\s+((?:demand|demands|call|calls|appeal|appeals|insistence|complaint|complaints|plea|pleas)"
                      r"\s+(?:for|that|about|of|over|to|against|on)\s|(?:claim|claims|assessment|accusation|accusations|"
                      r"warning|warnings)\s+that\s)")   # "Dmitriev's claim that ..." (a person's: round 32)
NOMINAL_END = re.compile(r"\s*[,;:.!?]|\s+(?:by|was|were|is|are|has|have|had|set|sparked|drew|prompted|came|which|who|"
                          r"but|went|met|got|fell|left|remained|drew|triggered|angered|appeared|"
                          r"seemed|became|ran|won|failed|went|and then)\b")
CALLED = re.compile(r"(?<![\w'’-])(called|calls|call|calling|described|describes|describing|labelled|labeled|labelling|"
                     r"branded|brands|branding|dubbed|dubbing|termed|condemned|condemns|condemning|denounced|denounces|"
                     r"hailed|hails|hailing|praised|praises|criticised|criticized|criticises|criticizes|slammed|slams|"
                     r"derided|derides|decried|decries|lauded|lauds|brushed|brushes|waved|waves)"
                     r"(?!\s+(?:on|for|upon)\s)\s+(?:[^\s\"“”‘]+\s+){0,8}?(?:as\s+)?$")   # not "called on X to ..."
ACCORDING = re.compile(r"(?<![\w'’-])(?:[Aa]ccording to\s+|(?:(?<=, )per|Per)\s+(?=[A-Z]|(?:the|a|an|its|his|her)\s+[A-Z]|"
                       r"(?:the|its|their)\s+(?:(?:joint|same|latest|new|official)\s+)?(?:statement|readout|read-out|"
                       r"communiqu[eé]|declaration|memorandum|document|text|letter|transcript)\b))")
# "according to X", and the newsroom's "per X" ("..., per the Kremlin", "Per Axios, ...") before a name or a document
# the article named ("Per the statement, ...", round 20)
HEADLINE_END = re.compile(r"[.!?][\"”’']?\s*$")
# photo captions and credits: never statements
CAPTION = re.compile(r"^\s*\(?(?:Photo|Photograph|Picture|Pictured|Image|Caption|Credit|Video|Watch|File photo)s?"
                     r"(?:\s+caption)?\s*[:|]|^\s*(?:Also\s+read|Read\s+(?:also|more)|See\s+also|Related(?:\s+(?:stories|story|"
                     r"coverage|articles?))?|Further\s+reading|More\s+on\s+this)\s*[:|]|"   # links to other articles (round 35)
                     r"\((?:AP|AFP|Reuters|Getty|EPA|Photo)[^)]{0,60}\)\s*$|\b(?:REUTERS|AFP|AP Photo|EPA|Getty Images|"
                     r"Anadolu|Sputnik|TASS|Pool|Ukrainian Presidential Press Service)\s*/|/\s*(?:AFP|Reuters|REUTERS|AP|"
                     r"Getty Images|EPA|Pool|Sputnik)\b|\b(?:via|for) Getty Images\b|\bPhoto(?:graph)?:\s*[A-Z][^.]{0,80}$",
                     re.M)
ABBREV = set("mr mrs ms dr gen lt col sgt sen rep gov st jr sr prof no vs jan feb mar apr jun jul aug sep sept oct "
              "nov dec fig inc corp ltd co approx est".split())
MAX_CLAUSE = 1500
DATELINE = re.compile(r"[A-Z][A-Z.'’-]{2,}(?:[ ,/]+[A-Z][A-Za-z.'’-]*){0,3}(?:,\s*(?:[A-Z][a-z]+\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]+))?\s*"
                       r"(?:\([^)]{1,30}\))?\s*[—–-]+\s+")
# a live blog's time stamp that opens a paragraph ("14:05 — ", "09:30 GMT: "), left out like a dateline
TIMESTAMP = re.compile(r"\d{1,2}[:.]\d{2}(?:(?:\s*(?:a\.m\.|p\.m\.|am|pm))?\s*(?:GMT|UTC|CET|CEST|EET|EEST|MSK|BST|ET|EST|EDT|"
                       r"local time|Kyiv time|Moscow time)\b\s*(?:[—–-]+|:)?|(?:\s*(?:a\.m\.|p\.m\.|am|pm))?\s*(?:[—–-]+|:))"
                       r"\s*(?=\S)")   # "14:05 — ", "09:30 GMT: ", "10.50 GMT " (a zone needs no dash)
OPEN_Q = {"“": "”", '"': '"', "‘": "’", "'": "'", "«": "»", "„": "“"}
NAME_PARTICLE = re.compile(r"(?:(?:al|el|ad|as|ash|an|at|az|ul|bin|ibn)-[A-Z]|(?:bin|ibn|von|van|der|den|de|da|di|du|"
                           r"dos|das|la|le|al|el|bint)$)")   # lower-case parts of names: al-Sisi, von der Leyen
# (round 33: "Bureau", "Conference", "Secretariat", "Synod": "the Tonga Bureau of Statistics" is no person "Tonga Bureau")
ORG_WORDS = set(("Institute Center Centre Council Forum Foundation Agency Committee Commission League Union Alliance "
                 "Coalition Movement Association Organization Organisation Group Fund Bank Court Assembly University "
                 "Federation Front Network Observatory Office Ministry Tank Bureau Conference Secretariat Synod "
                 "Chamber Authority Headquarters Force Corps Department Directorate Academy Society Administration Mejlis "
                 "Service").split())   # round 36: "the International Chamber of Shipping", "the Sea
#                                                  Ports Authority", "the Coordination Headquarters for the Treatment of ...";
#                                                  round 59: "the Ukrainian Air Force", "the Marine Corps"
WORD = re.compile(r"[^\s,;:()\[\]\"“”«»]+")
# news outlets and wire services speak for themselves (side `other`, ANNOTATION.md §2): their last word, or the name
OUTLET_WORDS = set(("Times Post Journal News Agency Guardian Telegraph Herald Tribune Gazette Wire Daily Economist "
                    "Monde Spiegel Pravda Kommersant Izvestia Interfax TASS Tass RIA Novosti Reuters Axios Politico "
                    "Bloomberg CNN BBC Fox NBC CBS ABC Sky AFP AP Ukrinform Unian Vedomosti Figaro Zeitung Allgemeine "
                    "Bild Independent Express Mirror Observer Standard Telegram-channel Meduza Euronews Sputnik "
                    "RT Xinhua Yonhap Kyodo Anadolu Haaretz Jazeera Arabiya Nikkei").split())


# coordinated verbs that often take a plain object and no content ("imposed a trusteeship and denied Palestinians the
# right to ..."): they split a reported clause only before "that", a quotation or a colon
_SPLIT_WEAK = {"denied", "denies", "accepted", "accepts", "observed", "pressed", "presses", "asked", "asks", "offered", "offers",
               "answered", "protested", "recalled", "recalls"}
_SPLIT_TITLES = ("spokeswoman|spokesman|spokesperson|minister|envoy|aide|adviser|chief|leader|president|secretary|"
                 "negotiator|ambassador|commander|chairman|head|deputy")
SPLIT = re.compile(r",?\s+(?:and|but|while)\s+(?:also\s+|then\s+|later\s+|again\s+)?(?:(?=(?:" + "|".join(
    sorted(map(re.escape, _SPLIT_WEAK), key=len, reverse=True)) + r")\s+(?:that\b|[\"“:]))|(?=(?:" + "|".join(
    sorted(map(re.escape, [v for v in ALL_VERBS if " " not in v and v not in _SPLIT_WEAK] + ["called for", "expressed concern",
                                                                     "voiced concern"]), key=len, reverse=True))
    + r")\b))|,\s+(?:and|but)\s+(?=(?:he|she|they)\s+(?:(?:also|further|then|later|again)\s+)?(?:said|added|stressed|"
    r"noted|warned|insisted|argued|maintained|declared|made\s+it\s+clear)\b)"   # "X said A, and he further said
    # that B": two statements (round 17)
    r"|,\s+(?:and|but)\s+(?=(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){1,6}(?:said|claimed|reported|stated|insisted|denied|"
    r"countered|maintained|argued|announced|wrote|posted|added|warned)\b)"   # ", and British Prime Minister Keir
    # Starmer said": two statements (round 36; past tenses only, never "the Gulf states")
    r"|,\s+(?:while|whereas)\s+(?=(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){1,6}(?:said|says|claimed|claims|reported|reports|"
    r"stated|states|insisted|insists|denied|denies|countered|counters|maintained|maintains|argued|argues|announced|"
    r"announces|wrote|writes|posted|posts)\b)"   # "A claimed X, while the General Staff reported Y": two (round 32)
    r"|,\s+and\s+(?=(?:ruled out|called on)\s)|,\s+(?=(?:adding|saying|noting|warning|insisting|stressing|arguing|urging|citing|calling\s+(?:it|this|that|them|the))\b)|,\s+according to\b"
    r"|,\s+(?=(?:(?:a|one|two|three|four|five|several|some)\s+(?:day|days|week|weeks|hour|hours|month|months)|hours|days|"
    r"weeks|minutes|shortly|moments|just\s+(?:hours|days)|the\s+day)\s+(?:after|before|later|earlier)\b)"   # ", a day
    # after the army chief tore into the plan": the time of the statement, not its content
    r"|,\s+(?:while|whilst)\s+(?=(?:acknowledging|admitting|conceding|insisting|noting|warning|stressing|adding)\s+that\b)"
    r"|,\s+with\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}(?:\s+[a-z]+)?\s+(?:saying|adding|warning|insisting)\b"
    r"|,\s+(?:but\s+(?:declined|refused|did not|gave no|offered no|would not)|without\s+(?:giving|offering|providing|"
    r"elaborating|citing|naming|saying|specifying|explaining|going|further|details|evidence|elaboration|specifics|"
    r"comment|detail|mentioning|identifying|disclosing|revealing|a\s+timeline|a\s+date)\b|by which\s)"
    r"|,\s+(?=(?:[A-Z][\w'’.-]*\s+){1,6}(?:" + "|".join(sorted((v for v in V_STRONG if " " not in v), key=len, reverse=True))
    + r")\s+that\b)"   # "Lavrov opined that A, Deputy Foreign Minister Sergei Ryabkov stated that B": a comma splice
    r"|,\s+(?:while|whereas|and)\s+(?:in|at|on)\s+(?:a|an|the|their|its|his|her)\s+(?:[\w'’-]+\s+){0,3}?(?:statement|letter|"
    r"interview|post|speech|address|communiqu[eé]|declaration)\b"
    r"|,\s+(?:though|although|while|whereas|but|and)\s+(?=(?:(?:within|after|in)\s+(?:(?:a\s+few|two|three)\s+)?"
    r"(?:hours|days|weeks|a\s+day|a\s+week|the\s+(?:day|week))\s+|(?:(?:(?:a\s+few|two|three|\d{1,2})\s+)?"
    r"(?:hours|days|weeks)|a\s+day|a\s+week)\s+later\s+|the\s+next\s+day\s+|later\s+)?"   # ", but days later he ..."
    r"(?:he|she|they|it|(?:Mr|Mrs|Ms)\.?\s+[A-Z][\w'’.-]*|"
    r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}(?:\s+(?:experts|officials|analysts|diplomats|leaders))?|(?:the|its|his|her|their)\s+[a-z]+"
    r"(?:\s+[a-z]+)?(?:,\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3},)?)\s+(?:also\s+|later\s+|had\s+|has\s+|have\s+)?"
    r"(?:" + "|".join(sorted(map(re.escape, [v for v in V_STRONG if " " not in v] + [
        "allowed", "conceded", "reported", "reports", "accused", "accuses", "wrote", "writes", "demanded", "demands",
        "expressed", "voiced",
        "urged", "urges", "called", "vowed", "vows", "pledged", "pledges", "promised", "promises", "threatened",
        "threatens"]), key=len, reverse=True)) + r")\b)"
    # ", and Russian Foreign Ministry spokeswoman Maria Zakharova said B", ", and Dmitry Medvedev, deputy chairman of
    # the Security Council, wrote that B": a second attribution whose subject is a title chain or a name + apposition
    r"|,\s+(?:and|but|while|whereas)\s+(?=(?:(?:[A-Z][\w'’.-]*\s+|(?:government|foreign|defen[cs]e|military|"
    r"presidential|army|senior|deputy|vice|acting|former)\s+){1,4}(?:" + _SPLIT_TITLES + r")\s+(?:[A-Z][\w'’.-]*\s+)"
    r"{0,2}[A-Z][\w'’.-]*|[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3},\s+[^,;:\"“”]{3,90},)\s+(?:also\s+|later\s+)?(?:"
    + "|".join(sorted(map(re.escape, [v for v in V_STRONG if " " not in v] + ["wrote", "writes", "demanded",
                                                                              "urged", "told"]), key=len, reverse=True))
    + r")\b)")



INTRO_WORD = re.compile(r"(?:\d{1,2}[:.]\d{2}\s+)?(?:[A-Z][a-z]+ing|In|On|At|After|Before|During|Since|From|By|With|For|"
                         r"When|While|As|Asked|Earlier|Later|Afterwards?|Separately|Meanwhile|Still|However|But|And|Yet|Also|Then|"
                         r"Speaking|Today|Yesterday|Last|This|Once|Now)\b")


# country -> the adjective of its institutions ("Ukraine's defence ministry" -> "Ukrainian Defence Ministry", "Poland said"
# -> "Polish government", the guide's naming); conflict-free, no actor names
DEMONYMS = dict(pair.split(":") for pair in (
    "Ukraine:Ukrainian Russia:Russian Belarus:Belarusian Poland:Polish Hungary:Hungarian Slovakia:Slovak Romania:Romanian "
    "Moldova:Moldovan Bulgaria:Bulgarian Serbia:Serbian Croatia:Croatian Slovenia:Slovenian Greece:Greek Turkey:Turkish "
    "Türkiye:Turkish Germany:German France:French Britain:British Italy:Italian Spain:Spanish Portugal:Portuguese "
    "Ireland:Irish Netherlands:Dutch Belgium:Belgian Luxembourg:Luxembourgish Austria:Austrian Switzerland:Swiss "
    "Denmark:Danish Sweden:Swedish Norway:Norwegian Finland:Finnish Iceland:Icelandic Estonia:Estonian Latvia:Latvian "
    "Lithuania:Lithuanian Georgia:Georgian Armenia:Armenian Azerbaijan:Azerbaijani Kazakhstan:Kazakh Iran:Iranian "
    "Iraq:Iraqi Syria:Syrian Lebanon:Lebanese Israel:Israeli Jordan:Jordanian Egypt:Egyptian Qatar:Qatari "
    "Bahrain:Bahraini Kuwait:Kuwaiti Oman:Omani Yemen:Yemeni Sudan:Sudanese Chad:Chadian Libya:Libyan Tunisia:Tunisian "
    "Algeria:Algerian Morocco:Moroccan Ethiopia:Ethiopian Eritrea:Eritrean Kenya:Kenyan Uganda:Ugandan Rwanda:Rwandan "
    "Burundi:Burundian Tanzania:Tanzanian Angola:Angolan Nigeria:Nigerian Congo:Congolese China:Chinese Japan:Japanese "
    "India:Indian Pakistan:Pakistani Thailand:Thai Cambodia:Cambodian Malaysia:Malaysian Indonesia:Indonesian "
    "Vietnam:Vietnamese Laos:Lao Philippines:Philippine Singapore:Singaporean Australia:Australian Canada:Canadian "
    "Mexico:Mexican Brazil:Brazilian Argentina:Argentine Palestine:Palestinian Guyana:Guyanese Panama:Panamanian "
    "Somalia:Somali Colombia:Colombian Liberia:Liberian Malta:Maltese Mozambique:Mozambican Ecuador:Ecuadorian "
    "Chile:Chilean Peru:Peruvian Cyprus:Cypriot Albania:Albanian Montenegro:Montenegrin Bangladesh:Bangladeshi "
    "Nepal:Nepali Senegal:Senegalese Ghana:Ghanaian Gabon:Gabonese Mali:Malian Niger:Nigerien Djibouti:Djiboutian Taiwan:Taiwanese").split())
DEMONYMS.update({"America": "US", "Saudi Arabia": "Saudi", "Sierra Leone": "Sierra Leonean", "Republic of Korea": "South Korean", "United Arab Emirates": "Emirati", "UAE": "Emirati", "South Africa":
                 "South African", "North Korea": "North Korean", "South Korea": "South Korean", "Czech Republic": "Czech",
                 "South Sudan": "South Sudanese"})
# the state an adjective names ("Russian" -> Russia, "American" -> United States): "the Russian memorandum",
# "An American official"
STATE_OF_ADJECTIVE = {adj: state for state, adj in DEMONYMS.items()} | {"American": "United States", "US": "United States",
                                                                         "U.S.": "United States"}
# capitals that stand for their governments ("London said" = the British government), conflict-free
CAPITALS = {k.replace("_", " "): v.replace("_", " ") for k, v in (pair.split(":") for pair in (
    "London:Britain Paris:France Berlin:Germany Warsaw:Poland Budapest:Hungary Bratislava:Slovakia Ankara:Turkey "
    "Riyadh:Saudi_Arabia Doha:Qatar Cairo:Egypt Tehran:Iran Beijing:China Tokyo:Japan Rome:Italy Madrid:Spain "
    "Kyiv:Ukraine Kiev:Ukraine Moscow:Russia Minsk:Belarus Vilnius:Lithuania Riga:Latvia Tallinn:Estonia "
    "Helsinki:Finland Stockholm:Sweden Oslo:Norway Copenhagen:Denmark Muscat:Oman Amman:Jordan Baghdad:Iraq "
    "Damascus:Syria Beirut:Lebanon Jerusalem:Israel Yerevan:Armenia Baku:Azerbaijan Tbilisi:Georgia Kigali:Rwanda "
    "Kinshasa:Congo Khartoum:Sudan Bangkok:Thailand New_Delhi:India Islamabad:Pakistan Abu_Dhabi:United_Arab_Emirates "
    "Phnom_Penh:Cambodia Kuala_Lumpur:Malaysia Sanaa:Yemen Seoul:South_Korea Pyongyang:North_Korea Port_Sudan:Sudan "
    "Nairobi:Kenya Addis_Ababa:Ethiopia Brasilia:Brazil Brasília:Brazil Pretoria:South_Africa Ottawa:Canada "
    "Canberra:Australia Vienna:Austria Athens:Greece Jakarta:Indonesia Manila:Philippines Hanoi:Vietnam "
    "Kampala:Uganda Abuja:Nigeria Manama:Bahrain Kuwait_City:Kuwait Tripoli:Libya Algiers:Algeria Rabat:Morocco "
    "Belgrade:Serbia Bucharest:Romania Sofia:Bulgaria Lisbon:Portugal Dublin:Ireland Bogota:Colombia "
    "Bogotá:Colombia Mexico_City:Mexico Buenos_Aires:Argentina Bern:Switzerland Ljubljana:Slovenia Zagreb:Croatia "
    "Prague:Czech_Republic Valletta:Malta Nicosia:Cyprus The_Hague:Netherlands Amsterdam:Netherlands "
    "Reykjavik:Iceland Podgorica:Montenegro Tirana:Albania Chisinau:Moldova Taipei:Taiwan").split())}

# "Leaders of ten European countries and the EU": the regions a group of leaders is named by (the phrase finder
# finds the span, the speaker resolver turns it into "<Region> leaders")
LEADER_REGIONS = r"European|EU|Western|Nordic|Baltic|Arab|African|Gulf"

# a group counted by a number word ("the four ministers", "Twenty-six EU leaders", "the 27 leaders"): word -> count
NUMBER_WORDS = {w: i for i, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve".split())}
NUMBER_WORDS.update({"both": 2, "twenty-six": 26, "twenty-seven": 27, "thirty": 30, "thirty-two": 32})
NUMBER = r"(?:\d{1,2}|" + "|".join(sorted((w for w in NUMBER_WORDS if w != "both"), key=len, reverse=True)) + r")"


# a ministry named formally, and the short name the guide gives it ("Ministry of Foreign Affairs", "Foreign Ministry",
# "the Ministry of National Defence" -> "foreign ministry", "defence ministry"): one place for every rule that needs it
MINISTRY_OF = re.compile(r"ministry\s+of\s+(?:national\s+)?(foreign\s+affairs|defen[cs]e)", re.I)


def short_ministry(kind: str) -> str | None:
    """'Foreign Affairs', 'Ministry of Foreign Affairs', 'Foreign Ministry' -> 'foreign ministry'; 'Defense' ->
    'defence ministry'; any other ministry -> None.

    >>> short_ministry("Ministry of Foreign Affairs"), short_ministry("Defense"), short_ministry("Interior")
    ('foreign ministry', 'defence ministry', None)
    """
    low = kind.lower()
    return "foreign ministry" if "foreign" in low else "defence ministry" if "defen" in low else None


# a ministry named in its long form, as the guide's short form: "Ministry of Foreign Affairs and Regional
# Integration" -> "Foreign Ministry", "Cambodian Ministry of National Defence" -> "Cambodian Defence Ministry" (round 64)
_LONG_MINISTRY = re.compile(r"((?:[A-Z][\w'’-]*\s+){0,2})Ministry\s+of\s+(?:National\s+)?(Foreign\s+Affairs|Defen[cs]e|Health|"
                            r"Justice|Interior|Energy|Finance|Economy|Agriculture)(?:\s+and\s+(?:[A-Z][\w'’-]*\s+){0,2}"
                            r"[A-Z][\w'’-]*)?")
_SHORT_KIND = {"Foreign Affairs": "Foreign", "Defense": "Defence"}


def short_ministry_name(name: str) -> str:
    """A ministry's long name in the guide's short form, any other name as it is.

    >>> short_ministry_name("Ministry of Foreign Affairs and Trade"), short_ministry_name("Ethiopian Ministry of Health")
    ('Foreign Ministry', 'Ethiopian Health Ministry')
    >>> short_ministry_name("Ministry of External Affairs")
    'Ministry of External Affairs'
    """
    m = _LONG_MINISTRY.fullmatch(name)
    if m is None:
        return name
    kind = " ".join(m.group(2).split())
    return f"{m.group(1)}{_SHORT_KIND.get(kind, kind)} Ministry"


# an acronym in brackets after an organisation: "the Polish Institute of International Affairs (PISM) said"
BRACKETED_ACRONYM = re.compile(r"\s\((?:[A-Z][A-Za-z]{1,6})\)(?=[\s,]|$)")
# a US college newspaper's class year after a student's or alumnus's name: "Maya Lindgren ’27, a sophomore",
# "Kirill Volkov GRAD ’27, a doctoral student" (round 29): no part of the name
CLASS_YEAR = re.compile(r"(?<=[A-Za-z.])\s+(?:(?:GRAD|MBA|LAW|MED|JD|PhD)\s+)?[’'‘]\d{2}(?![\w’'‘])")
