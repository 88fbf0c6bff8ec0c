"""A deterministic synthetic news corpus for benchmarking briefing (and Hugo, side by side).

Standard library only. Everything comes from one ``random.Random(seed)``: no clock, no
``hash()``, no set iteration, so the same ``--n``/``--seed`` gives byte-identical files on
any machine and under any ``PYTHONHASHSEED``.

Plain-text mode copies the layouts real scraped seeds have, mixed per article: a headline
with an outlet suffix (or none), ``" date YYYY-MM-DD <caption> - Name/Name"`` lines, bylines,
US datelines, bare image URLs, section headings, "Exit mobile version" boilerplate,
trailing ``YYYY-MM-DD HH:MM:SS`` timestamps, curly or straight quotes, multi-paragraph and
split quotes, honorifics, appositions, pronoun attributions and dated event sentences.
People come from a Zipf-weighted pool of about N/5 names so they recur; about a third of
quotes are reused (verbatim or trimmed) by a later article from another outlet.

Usage::

    python bench/corpus.py --n 1000 --seed 1 --out DIR              # DIR/0000000_<hex>.txt
    python bench/corpus.py --n 1000 --seed 1 --out DIR --markdown   # .md with front matter
    python bench/corpus.py --n 1000 --seed 1 --hugo DIR             # a Hugo site
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

# --------------------------------------------------------------------------- name lists
# fmt: off

FIRST_MALE = (
    "James", "John", "Robert", "Michael", "David", "William", "Richard", "Thomas", "Charles",
    "Daniel", "Matthew", "Andrew", "Mark", "Paul", "Steven", "Keir", "Rishi", "Olaf",
    "Emmanuel", "Jens", "Sergey", "Vladimir", "Donald", "Joe", "Antony", "Wes", "Tom",
    "Randall", "Nigel", "Boris", "Ed", "Jeremy", "José", "François", "Jürgen", "Søren",
    "Łukasz", "Mateus", "Ahmed", "Mohammed", "Hiroshi", "Rahul", "Arjun", "Luis", "Carlos",
    "Javier", "Giorgio", "Pedro", "Lars", "Mikael", "Jean-Luc", "Jean-Pierre", "Karl-Heinz",
    "Ciarán", "Seán", "Dmitry", "Oleksandr", "Volodymyr", "Kwame", "Chidi", "Tobias", "Felix",
    "Hamish", "Angus", "Rhys", "Owen", "Liam", "Noah", "Ethan", "Omar", "Yusuf", "Raphaël",
    "André", "Étienne", "Björn", "Håkon", "Zoltán", "Andrzej", "Gavin", "Douglas", "Ignacio",
    "Mehmet", "Kenji", "Tariq", "Declan", "Marco", "Stefan", "Viktor", "Gareth",
)
FIRST_FEMALE = (
    "Mary", "Patricia", "Jennifer", "Linda", "Elizabeth", "Susan", "Sarah", "Karen", "Nancy",
    "Lisa", "Ursula", "Kaja", "Yvette", "Alicia", "Nicola", "Rachel", "Angela", "Kamala",
    "Giorgia", "Marine", "Mette", "Sanna", "Jacinda", "Priti", "Suella", "Kemi", "Bridget",
    "Maria", "Zoë", "Chloé", "Inès", "Małgorzata", "Agnieszka", "Anne-Marie", "Marie-Claire",
    "Ana", "Lucía", "Sofía", "Ingrid", "Åsa", "Siobhán", "Aoife", "Niamh", "Yuki", "Aiko",
    "Priya", "Ananya", "Fatima", "Aisha", "Leila", "Amara", "Olena", "Yulia", "Svetlana",
    "Hanna", "Eva", "Greta", "Émilie", "Hélène", "Renée", "Beatriz", "Joana", "Camila",
    "Freya", "Isla", "Harriet", "Imogen", "Penelope", "Grace", "Catherine", "Louise", "Shabana",
    "Lisa-Marie", "Margrethe", "Roberta", "Christine", "Teresa", "Esther", "Miriam", "Dolores",
)
SURNAMES = (
    "Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson", "Taylor",
    "Clarke", "Walker", "Wright", "Robinson", "Thompson", "White", "Hughes", "Edwards",
    "Green", "Hall", "Wood", "Harris", "Lewis", "Martin", "Jackson", "Turner", "Hill",
    "Cooper", "Ward", "Morris", "Moore", "King", "Baker", "Cox", "Kearns", "Lammy",
    "Streeting", "Reeves", "Delgado", "Whitaker", "Pike", "Ranger", "Pullen", "Blinken",
    "Kallas", "Scholz", "Stoltenberg", "Navalny", "Lavrov", "Macron", "Meloni", "Frederiksen",
    "Marin", "Sánchez", "García", "Fernández", "López", "Martínez", "Rodríguez", "Pérez",
    "González", "Müller", "Schröder", "Köhler", "Weiß", "Böhm", "Krüger", "Jäger", "Nowak",
    "Kowalski", "Wiśniewski", "Wójcik", "Dąbrowski", "Lewandowski", "Novák", "Dvořák",
    "Horváth", "Nagy", "Kovács", "Tóth", "Szabó", "Øvergaard", "Sørensen", "Lindqvist",
    "Åberg", "Nyström", "Virtanen", "Korhonen", "Mäkinen", "Rossi", "Russo", "Ferrari",
    "Esposito", "Bianchi", "Romano", "Costa", "Silva", "Santos", "Oliveira", "Pereira",
    "Gonçalves", "Dubois", "Lefèvre", "Moreau", "Laurent", "Girard", "Bonnet", "Rousseau",
    "Nakamura", "Tanaka", "Watanabe", "Suzuki", "Kim", "Park", "Chen", "Wang", "Zhang",
    "Patel", "Shah", "Singh", "Gupta", "Sharma", "Khan", "Hussain", "Rahman", "Okafor",
    "Adeyemi", "Mensah", "Owusu", "Nkosi", "Dlamini", "Kariuki", "Ivanov", "Petrov",
    "Smirnov", "Kuznetsov", "Shevchenko", "Kovalenko", "Bondarenko", "Melnyk", "O’Brien",
    "O’Connor", "O’Sullivan", "McAllister", "MacDonald", "McKenzie", "Fitzgerald", "Murphy",
    "Kelly", "Byrne", "Campbell", "Stewart", "Murray", "Fraser", "Reid", "Henderson",
    "Sutherland", "Morgan", "Evans", "Price", "Rees", "Llewellyn", "Dufresne", "Lévesque",
    "Bergström", "Kaczmarek", "Yılmaz", "Demir", "Şahin", "Öztürk", "Haddad", "Nasser",
    "Farouk", "Cohen", "Levi", "Friedman", "Weinberg", "Goldstein", "Abbott", "Ashworth",
    "Bellamy", "Carrington", "Drummond", "Ellison", "Fairbairn", "Gallagher", "Hargreaves",
    "Ingram", "Jennings", "Kendrick", "Lockhart", "Mercer", "Northcott", "Okonkwo",
    "Pemberton", "Quigley", "Radcliffe", "Sinclair", "Thornton", "Underwood", "Vance",
    "Whitmore", "Yeats", "Zielinski", "Alvarez", "Brennan", "Castillo", "Donnelly",
    "Eriksen", "Flanagan", "Guerrero", "Holmberg", "Iglesias", "Jovanović", "Kowalczyk",
    "Lindgren", "Moreno", "Novak", "Ortega", "Popescu", "Quintero", "Ramírez", "Salazar",
)
PARTICLE_SURNAMES = (
    "von der Leyen", "van der Berg", "de la Cruz", "van Dijk", "de Vries", "van den Broek",
    "da Silva", "di Maio", "dos Santos", "de Souza", "van Rompuy", "von Weizsäcker",
    "de Villiers", "du Plessis", "van der Merwe", "ter Horst", "von Hagen", "della Rovere",
    "Le Pen", "De Luca", "d’Estaing", "al-Sharif", "el-Amin", "bin Nasser", "van Leeuwen",
    "de Wit", "von Klitzing",
)
HYPHENATED_SURNAMES = (
    "Smith-Jones", "Rees-Mogg", "Lloyd-Webber", "Bowes-Lyon", "Hart-Davis",
    "Fernández-Kirchner", "Ortiz-Cortez", "Mendès-France", "Vaughan-Williams",
    "López-García", "Carter-Ruck", "Baxter-Hughes", "Saint-Clair", "Owusu-Ansah",
    "Müller-Lüdenscheidt", "Kerr-Dineen",
)
ALL_SURNAMES = SURNAMES + PARTICLE_SURNAMES + HYPHENATED_SURNAMES

# --------------------------------------------------------------------------- world lists

#: (name, headline suffix format, house style, straight quotes?, dateline tag or None, domain)
OUTLETS = (
    ("The Guardian", " | {}", "uk", False, None, "theguardian.example"),
    ("The Independent", " | {}", "uk", False, None, "independent.example"),
    ("BBC News", " - {}", "uk", False, None, "bbc.example"),
    ("RT World News", " — {}", "intl", False, None, "rt.example"),
    ("The Telegraph", " | {}", "uk", False, None, "telegraph.example"),
    ("AP News", " | {}", "us", False, "(AP) —", "apnews.example"),
    ("Reuters", " | {}", "intl", True, "(Reuters) -", "reuters.example"),
    ("Sky News", " - {}", "uk", False, None, "news.sky.example"),
    ("CNN Politics", " | {}", "us", True, "(CNN) —", "cnn.example"),
    ("Fox News", " | {}", "us", True, None, "foxnews.example"),
    ("POLITICO", " - {}", "us", True, None, "politico.example"),
    ("The Times", " | {}", "uk", False, None, "thetimes.example"),
    ("Daily Mail Online", " | {}", "uk", False, None, "dailymail.example"),
    ("NBC News", " - {}", "us", True, None, "nbcnews.example"),
    ("Al Jazeera", " | {}", "intl", False, None, "aljazeera.example"),
    ("Euronews", " — {}", "intl", True, None, "euronews.example"),
)

COUNTRIES = (
    ("Ukraine", "Ukrainian", "Kyiv"), ("Estonia", "Estonian", "Tallinn"),
    ("Germany", "German", "Berlin"), ("France", "French", "Paris"),
    ("Poland", "Polish", "Warsaw"), ("Italy", "Italian", "Rome"),
    ("Spain", "Spanish", "Madrid"), ("Japan", "Japanese", "Tokyo"),
    ("Canada", "Canadian", "Ottawa"), ("Brazil", "Brazilian", "Brasília"),
    ("India", "Indian", "New Delhi"), ("Turkey", "Turkish", "Ankara"),
    ("Sweden", "Swedish", "Stockholm"), ("Ireland", "Irish", "Dublin"),
    ("Mexico", "Mexican", "Mexico City"), ("South Africa", "South African", "Pretoria"),
    ("Norway", "Norwegian", "Oslo"), ("the Netherlands", "Dutch", "The Hague"),
    ("Hungary", "Hungarian", "Budapest"), ("Finland", "Finnish", "Helsinki"),
    ("Lithuania", "Lithuanian", "Vilnius"), ("Greece", "Greek", "Athens"),
)
INTL_OFFICES = (
    "foreign minister", "defence minister", "finance minister", "prime minister",
    "president", "interior minister", "trade minister", "energy minister",
)
UK_OFFICES = (
    "health secretary", "home secretary", "foreign secretary", "chancellor",
    "shadow home secretary", "shadow foreign secretary", "business secretary",
    "defence secretary", "education secretary", "shadow chancellor", "justice secretary",
)
US_OFFICES = (
    ("Secretary of State", "the secretary of state"),
    ("White House press secretary", "the White House press secretary"),
    ("Treasury Secretary", "the Treasury secretary"),
    ("Commerce Secretary", "the commerce secretary"),
    ("House Speaker", "the speaker of the House"),
    ("Attorney General", "the attorney general"),
)
ORG_ROLES = (
    ("Nato Secretary-General", "the secretary-general of Nato"),
    ("European Commission President", "the president of the European Commission"),
    ("IMF chief", "the head of the International Monetary Fund"),
    ("UN Secretary-General", "the secretary-general of the United Nations"),
    ("Bank of England Governor", "the governor of the Bank of England"),
    (None, "general secretary of the Royal College of Nursing"),
    (None, "chief executive of Northbridge Energy"),
    (None, "a spokesperson for the Foreign Office"),
    (None, "chair of the Foreign Affairs Committee"),
    (None, "a senior fellow at the Atlantic Policy Institute"),
    (None, "the head of the Federation of Small Businesses"),
    (None, "leader of the Transport Workers’ Union"),
)
EXPERT_ROLES = (
    "a professor of politics at King’s College London",
    "a professor of economics at the University of Edinburgh",
    "an expert on European security at Chatham House",
    "a lecturer in international law at Columbia University",
    "director of the Centre for Defence Studies",
)
CONSTITUENCIES = (
    "Rutland and Stamford", "Holborn and St Pancras", "Tottenham", "Leeds West",
    "Ilford North", "Richmond and Northallerton", "Pontypridd", "Glasgow East",
    "Brighton Pavilion", "Bath",
)
US_STATES = (
    ("Ore.", "Oregon"), ("Idaho", "Idaho"), ("Calif.", "California"), ("Texas", "Texas"),
    ("N.Y.", "New York"), ("Fla.", "Florida"), ("Ohio", "Ohio"), ("Pa.", "Pennsylvania"),
    ("Mich.", "Michigan"), ("Ga.", "Georgia"), ("Ariz.", "Arizona"), ("Wis.", "Wisconsin"),
    ("Mass.", "Massachusetts"), ("Ill.", "Illinois"), ("Colo.", "Colorado"),
)
RALLY_CITIES = (
    ("Conway", "South Carolina"), ("Des Moines", "Iowa"), ("Phoenix", "Arizona"),
    ("Erie", "Pennsylvania"), ("Grand Rapids", "Michigan"), ("Las Vegas", "Nevada"),
    ("Milwaukee", "Wisconsin"), ("Atlanta", "Georgia"), ("Manchester", "New Hampshire"),
    ("Reno", "Nevada"), ("Dayton", "Ohio"),
)
CITIES = (
    "London", "Washington", "Brussels", "Paris", "Berlin", "Kyiv", "Warsaw", "Munich",
    "Geneva", "Rome", "Madrid", "Tallinn", "Ottawa", "Tokyo", "New York", "Edinburgh",
    "Cardiff", "Belfast", "Manchester", "Birmingham", "Davos", "Vilnius", "The Hague",
    "Strasbourg",
)
VENUES = (
    "the White House", "Downing Street", "the Munich Security Conference",
    "the Élysée Palace", "the Chancellery in Berlin", "the UN headquarters in New York",
    "the G7 summit", "Lancaster House", "the Oval Office", "the European Council in Brussels",
    "Chequers", "Camp David", "the Nato summit in Vilnius", "Mansion House",
)
ORGS = ("Nato", "G7", "G20", "EU", "European Political Community", "Commonwealth", "UN climate")
BODIES = (
    "the Senate", "the House of Representatives", "the House of Commons",
    "the European Parliament", "the Bundestag", "the Scottish Parliament", "the Dáil",
)
TOPICS = (
    "defence spending", "the war in Ukraine", "Nato’s future", "trade tariffs",
    "NHS waiting lists", "nurses’ pay", "wildfire funding", "interest rates",
    "migration policy", "climate targets", "the housing crisis", "energy prices",
    "border security", "the budget deficit", "steel tariffs", "farm subsidies",
    "the ceasefire talks", "sanctions on Russia", "AI regulation", "the cost of living",
    "prison capacity", "student loans", "the minimum wage", "water company bonuses",
    "rail strikes", "the peace deal", "grain exports", "the customs union",
    "digital services taxes", "drug pricing",
)
POLICIES = (
    "extend the emergency funding package", "block the sale of the steel plant",
    "approve new sanctions", "raise the debt ceiling", "scrap the two-child benefit cap",
    "delay the ban on new petrol cars", "increase military aid", "cut fuel duty",
    "tighten visa rules", "lower the voting age to 16",
)
GROUPS = (
    "our allies", "working families", "the British people", "our members", "taxpayers",
    "the American people", "nurses", "farmers", "small businesses", "young people",
    "our armed forces", "pensioners", "the people of Ukraine", "our European partners",
)
ADJS = (
    "serious", "shocking", "reckless", "irresponsible", "historic", "unacceptable",
    "fair", "tough", "dangerous", "deeply worrying", "remarkable", "disgraceful",
)
PLACES = (
    "Britain", "Europe", "this country", "the West", "America", "Ukraine", "the region",
    "our continent", "Westminster", "Washington",
)
CLAUSES = (
    "we will always stand up for {group}",
    "this is a {adj} moment for {place}",
    "{group} deserve better than warm words",
    "nobody should be in any doubt about our commitment to {topic}",
    "the government has badly misjudged the mood on {topic}",
    "I have been clear from the start that {topic} cannot wait",
    "we are not going to cut corners on {topic}",
    "there is no plan, there is no money and there is no leadership",
    "the situation is {adj}",
    "I speak to {group} every single day",
    "they tell me they can’t get a straight answer from anybody",
    "we must rebuild, renew and resource, not divide and threaten",
    "this is about the security of {place}",
    "the talks have been constructive",
    "there is still a long way to go on {topic}",
    "I don’t think anyone expected {topic} to move this fast",
    "we have put forward the best offer we can afford",
    "the decision on {topic} was taken without proper consultation",
    "we cannot allow {topic} to become a political football",
    "my door is always open",
    "what we’ve seen this week is {adj}",
    "the numbers simply don’t add up",
    "history will judge us on how we respond to {topic}",
    "I’m working closely with {group} on this",
    "it sounds like it’s evasive, but it’s not evasive",
    "we will not be lectured by anyone on {topic}",
    "the evidence on {topic} is overwhelming",
    "I want to keep talking",
    "{place} will not be intimidated",
    "these are people who held {place} together",
    "the public have a right to know what was agreed on {topic}",
    "it’s a {adj} day for {group}",
    "we owe it to {group} to get this right",
    "nobody voted for this",
    "this has nothing to do with {topic} and everything to do with politics",
    "I have never seen anything like it in thirty years of public life",
    "the next few weeks will be decisive for {topic}",
    "they told me ‘{short}’, and I said no",
    "people keep saying ‘{short}’, but that is simply not true",
    "{place} is ready to play its part",
    "we are ready to put boots on the ground if that is what it takes",
    "I’ll always be with {group}",
)
SHORT_PHRASES = (
    "really serious and shocking", "fundamental vulnerability", "bad faith", "on track",
    "not good enough", "a bureaucratic maze", "empty", "insulted", "peace that is tough and fair",
    "greatest alliance", "a betrayal", "completely unacceptable", "a step in the right direction",
    "deeply irresponsible", "a serious mistake", "the right thing to do", "a disgrace",
    "a historic day", "nothing short of reckless", "pay your bills", "no problem",
)
#: Compositional clauses (subject + modal verb phrase + object + tail) for variety.
SUBJECTS = (
    "we", "I", "the government", "ministers", "this administration", "our allies",
    "{group}", "the opposition", "everyone in {place}", "my party", "the country",
)
MODAL_VERBS = (
    "will not accept", "cannot ignore", "must never forget", "will keep fighting for",
    "will be judged on", "won’t back down on", "need to get a grip on",
    "can’t keep pretending about", "must take responsibility for", "should be honest about",
    "will not be rushed into", "could still turn around", "have to be realistic about",
)
OBJECTS = (
    "{topic}", "{topic}", "a deal that leaves {group} worse off", "the cost of doing nothing",
    "the promises made in {city}", "what happened in {city}", "the choices ahead on {topic}",
    "the damage done to {place}", "a crisis of this scale", "the people who sent us here",
)
TAILS = (
    "", "", "", " this year", " in the weeks ahead", " for a generation", ", whatever it takes",
    " before the summer", " when the dust settles", " in {city}", " any longer",
)
COMMITTEES = (
    "Foreign Affairs Committee", "Treasury Committee", "Senate Armed Services Committee",
    "Energy and Natural Resources Committee",
)
CONJUNCTIONS = ("and", "but", "because", "so", "and frankly")
SAY_VERBS = ("said", "said", "said", "told reporters", "added", "insisted", "warned", "argued")
HEADINGS = (
    "{city} reacts with alarm", "What {surname} said", "The chilling conversation",
    "{topic_cap} under scrutiny", "A growing row", "What happens next",
    "Reaction in {city}", "Why it matters", "The view from {city}", "{surname} hits back",
)
CAPTION_ACTIONS = (
    "meeting", "speaking with", "arriving for talks with", "shaking hands with", "alongside",
)
PHOTO_AGENCIES = ("Reuters", "AP", "Getty Images", "AFP", "PA")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)

CORPUS_START = date(2023, 3, 1)
CORPUS_DAYS = 730
# fmt: on
_STRAIGHT = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'"})


# --------------------------------------------------------------------------- model


@dataclass
class Person:
    """One generated person: name, honorific, role and the quotes said so far."""

    idx: int
    first: str
    last: str
    gender: str  # "m" or "f"
    honour: str | None  # "Sir", "Dame", "Dr", "Sen.", "Rep.", "Gov." or None
    tag: str | None  # US legislator tag, e.g. "D-Ore."
    title: str | None  # pre-name title, e.g. "Estonian Foreign Minister"
    appos: str  # apposition, e.g. "the foreign minister of Estonia"
    female_hon: str  # "Mrs" or "Ms"
    quotes: list[tuple[tuple[str, ...], int]] = field(default_factory=list)

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"


@dataclass
class Article:
    """One generated article, renderable as a plain-text seed or Markdown."""

    index: int
    stem: str
    title: str
    outlet: str
    pub: date
    people: list[str]
    blocks: list[tuple[str, str]]
    headline: str | None
    straight: bool
    sep: str
    lead_blank: bool
    trailing_newline: bool


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


class _World:
    """The shared pool: people (Zipf-weighted), reporters and photographers."""

    def __init__(self, rng: random.Random, n_articles: int) -> None:
        self.rng = rng
        size = max(12, n_articles // 5)
        firsts = [(f, "m") for f in FIRST_MALE] + [(f, "f") for f in FIRST_FEMALE]
        combos = len(firsts) * len(ALL_SURNAMES)
        picks = rng.sample(range(combos), min(size, combos))
        names = [
            (firsts[k // len(ALL_SURNAMES)], ALL_SURNAMES[k % len(ALL_SURNAMES)]) for k in picks
        ]
        letters = "ABCDEFGHJKLMNPRSTW"
        while len(names) < size:  # more people than combinations: add middle initials
            (first, gender), last = rng.choice(firsts), rng.choice(ALL_SURNAMES)
            names.append(((f"{first} {rng.choice(letters)}.", gender), last))
        self.people = [self._person(i, f, g, s) for i, ((f, g), s) in enumerate(names)]
        # Zipf-like popularity over the (already shuffled) pool.
        total = 0.0
        self.cum: list[float] = []
        for rank in range(len(self.people)):
            total += 1.0 / (rank + 1) ** 0.85
            self.cum.append(total)
        self.reporters = [self._plain_name() for _ in range(40)]
        self.photographers = [self._plain_name() for _ in range(25)]

    def _plain_name(self) -> str:
        rng = self.rng
        first = rng.choice(FIRST_MALE + FIRST_FEMALE)
        return f"{first} {rng.choice(SURNAMES)}"

    def _person(self, idx: int, first: str, gender: str, last: str) -> Person:
        rng = self.rng
        region = rng.choices(("uk", "us", "intl", "org", "expert"), (30, 25, 25, 12, 8))[0]
        honour = tag = title = None
        if region == "uk":
            r = rng.random()
            if r < 0.25:
                party = rng.choice(("Labour", "Conservative", "Liberal Democrat", "Reform UK"))
                title = f"{party} MP"
                appos = f"the {party} MP for {rng.choice(CONSTITUENCIES)}"
            else:
                office = rng.choice(UK_OFFICES)
                title = office.title() if rng.random() < 0.6 else _cap(office)
                appos = f"the {office}"
            if rng.random() < 0.08:
                honour = "Sir" if gender == "m" else "Dame"
        elif region == "us":
            r = rng.random()
            if r < 0.45:
                honour = rng.choice(("Sen.", "Rep.", "Sen."))
                abbrev, state = rng.choice(US_STATES)
                party = rng.choice(("D", "R"))
                tag = f"{party}-{abbrev}"
                chamber = (
                    "senator"
                    if honour == "Sen."
                    else "congressman"
                    if gender == "m"
                    else "congresswoman"
                )
                appos = (
                    f"the {'Democratic' if party == 'D' else 'Republican'} {chamber} from {state}"
                )
            elif r < 0.55:
                honour = "Gov."
                appos = f"the governor of {rng.choice(US_STATES)[1]}"
            else:
                title, appos = rng.choice(US_OFFICES)
        elif region == "intl":
            country, adj, _ = rng.choice(COUNTRIES)
            office = rng.choice(INTL_OFFICES)
            title = f"{adj} {office.title()}" if rng.random() < 0.7 else office.title()
            appos = f"the {office} of {country}" if rng.random() < 0.5 else f"the {adj} {office}"
        elif region == "org":
            title, appos = rng.choice(ORG_ROLES)
        else:
            appos = rng.choice(EXPERT_ROLES)
            honour = "Dr" if rng.random() < 0.6 else None
        if honour is None and rng.random() < 0.04:
            honour = "Dr"
        return Person(
            idx, first, last, gender, honour, tag, title, appos, rng.choice(("Mrs", "Ms", "Ms"))
        )

    def pick(self) -> Person:
        return self.rng.choices(self.people, cum_weights=self.cum, k=1)[0]


# --------------------------------------------------------------------------- one article


class _Writer:
    """Builds one article's blocks; keeps who was mentioned and who spoke last."""

    def __init__(self, world: _World, index: int) -> None:
        rng = self.rng = world.rng
        self.world = world
        self.index = index
        (self.outlet, self.suffix, self.style, straight, self.dateline_tag, self.domain) = (
            rng.choice(OUTLETS)
        )
        self.straight = straight if rng.random() < 0.85 else not straight
        self.pub = CORPUS_START + timedelta(days=rng.randrange(CORPUS_DAYS))
        self.mentioned: dict[int, Person] = {}  # introduced in the body text
        self.listed: dict[int, Person] = {}  # everyone named anywhere (front matter)
        self.last_subject: Person | None = None
        self.has_quote = False
        self.used: list[str] = []  # quote sentences already in this article
        cast = [world.pick()]
        for _ in range(rng.randint(1, 5) * 3):
            if len(cast) >= 6:
                break
            p = world.pick()
            if all(p.idx != c.idx for c in cast):
                cast.append(p)
        self.cast = cast
        self.main = cast[0]
        self.topic = rng.choice(TOPICS)

    # ---- small pieces

    def fill(self, template: str) -> str:
        rng = self.rng
        return template.format(
            group=rng.choice(GROUPS),
            adj=rng.choice(ADJS),
            place=rng.choice(PLACES),
            topic=rng.choice((self.topic, self.topic, rng.choice(TOPICS))),
            short=rng.choice(SHORT_PHRASES),
            city=rng.choice(CITIES),
        )

    def clause(self) -> str:
        """One independent clause, lowercase; stock phrases get a varied second half."""
        rng = self.rng
        made = self.fill(
            f"{rng.choice(SUBJECTS)} {rng.choice(MODAL_VERBS)} "
            f"{rng.choice(OBJECTS)}{rng.choice(TAILS)}"
        )
        if rng.random() < 0.35:
            template = rng.choice(CLAUSES)
            stock = self.fill(template)
            if "{" in template:
                return stock
            return f"{stock}, {rng.choice(CONJUNCTIONS)} {made}"
        return made

    def background(self, p: Person) -> str:
        rng = self.rng
        pron = _cap(self.pronoun(p))
        return rng.choice(
            (
                f"{pron} has faced mounting pressure over {self.topic} in recent weeks.",
                f"The remarks are likely to be welcomed by {rng.choice(GROUPS)}.",
                f"{pron} did not say when a decision would be made.",
                f"Aides said {self.pronoun(p)} had been frustrated by the pace of talks on {self.topic}.",
                f"{pron} stopped short of criticising the plan directly.",
                f"It was the clearest sign yet of a shift in {self.possessive(p)} position on {self.topic}.",
            )
        )

    def when_past(self) -> str:
        rng = self.rng
        r = rng.random()
        if r < 0.4:
            day = self.pub - timedelta(days=rng.randint(1, 6))
            return f"on {WEEKDAYS[day.weekday()]}"
        if r < 0.6:
            return rng.choice(
                (
                    "last week",
                    "last month",
                    "earlier this month",
                    "this weekend",
                    "earlier this week",
                    "last year",
                )
            )
        day = self.pub - timedelta(days=rng.randint(7, 120))
        if r < 0.8:
            return f"in {MONTHS[day.month - 1]}"
        if self.style == "us":
            return f"on {MONTHS[day.month - 1]} {day.day}"
        return f"on {day.day} {MONTHS[day.month - 1]}"

    def when_future(self) -> str:
        rng = self.rng
        r = rng.random()
        if r < 0.4:
            return rng.choice(
                ("next week", "next month", "later this month", "this autumn", "early next year")
            )
        day = self.pub + timedelta(days=rng.randint(10, 150))
        return f"in {MONTHS[day.month - 1]}"

    def pronoun(self, p: Person) -> str:
        return "he" if p.gender == "m" else "she"

    def possessive(self, p: Person) -> str:
        return "his" if p.gender == "m" else "her"

    def _later(self, p: Person) -> str:
        rng = self.rng
        r = rng.random()
        if p.honour in ("Sir", "Dame") and r < 0.8:
            return f"{p.honour} {p.first}"
        if self.style == "us":
            if p.honour in ("Sen.", "Rep.", "Gov.") and r < 0.4:
                return f"{p.honour} {p.last}"
            if r < 0.65:
                return p.last
            if p.honour == "Dr":
                return f"Dr. {p.last}"
            return f"{'Mr.' if p.gender == 'm' else 'Ms.'} {p.last}"
        if self.style == "uk" and r < 0.7 or self.style == "intl" and r < 0.3:
            if p.honour == "Dr":
                return f"Dr {p.last}"
            return f"{'Mr' if p.gender == 'm' else p.female_hon} {p.last}"
        return p.last

    def ref(self, p: Person, *, cap: bool, end: bool = False, pronoun_ok: bool = True) -> str:
        """A mention of ``p``: full introduction first, then surname forms or a pronoun.

        ``end`` means the mention closes the sentence, so an apposition takes no trailing
        comma; otherwise the apposition is closed with one.
        """
        rng = self.rng
        if p.idx not in self.mentioned:
            self.mentioned[p.idx] = p
            self.listed.setdefault(p.idx, p)
            name = p.full
            if p.honour in ("Sir", "Dame", "Sen.", "Rep.", "Gov."):
                name = f"{p.honour} {name}"
            elif p.honour == "Dr":
                name = f"{'Dr.' if self.style == 'us' else 'Dr'} {name}"
            appos: str | None = None
            if p.tag is not None and rng.random() < 0.6:
                appos = p.tag
            elif p.title is not None and p.honour is None and rng.random() < 0.5:
                name = f"{p.title} {name}"
            elif rng.random() < 0.75:
                appos = p.appos
            text = name if appos is None else f"{name}, {appos}" + ("" if end else ",")
        elif pronoun_ok and self.last_subject is p and rng.random() < 0.45:
            text = self.pronoun(p)
        else:
            text = self._later(p)
        return _cap(text) if cap else text

    def new_quote(self, p: Person) -> tuple[str, ...]:
        """A quote for ``p``: ~1/3 of the time one said before in another article."""
        rng = self.rng
        older = [
            q
            for q, where in p.quotes[-24:]  # recent ones: keeps this linear in N
            if where != self.index and q[0] not in self.used and q[-1] not in self.used
        ]
        if older and rng.random() < 0.33:
            quote = rng.choice(older)
            self.used.extend(quote)
            r = rng.random()
            if r < 0.65 or len(quote) == 1:
                return quote
            return quote[:-1] if r < 0.85 else quote[1:]
        sentences: list[str] = []
        for _ in range(rng.choices((1, 2, 3, 4), (20, 35, 30, 15))[0]):
            clause = self.clause()
            if any(clause.lower() in done.lower() for done in sentences):
                continue
            if rng.random() < 0.3:
                clause = f"{clause}, {rng.choice(CONJUNCTIONS)} {self.clause()}"
            end = rng.choices((".", "!", "?", "…"), (90, 3, 3, 4))[0]
            if end == "?":
                clause = (
                    rng.choice(
                        ("do we really believe that", "is anyone surprised that", "why should")
                    )
                    + " "
                    + clause
                )
                if clause.startswith("why should"):
                    clause = f"why should {rng.choice(GROUPS)} pay for {self.topic}"
            sentences.append(_cap(clause) + end)
        quote = tuple(sentences)
        p.quotes.append((quote, self.index))
        self.used.extend(quote)
        return quote

    # ---- paragraphs

    @staticmethod
    def _comma(sentence: str) -> str:
        return sentence[:-1] + "," if sentence.endswith(".") else sentence

    def quote_para(self, p: Person) -> str:
        """One paragraph quoting ``p`` in one of the usual newspaper shapes."""
        rng = self.rng
        self.has_quote = True
        q = self.new_quote(p)
        verb = rng.choice(SAY_VERBS)
        shape = rng.random()
        text: str
        if shape < 0.22:
            text = f"“{self._comma(q[0])}” {self.ref(p, cap=False)} {verb}."
            if len(q) > 1:
                text += " “" + " ".join(q[1:]) + "”"
        elif shape < 0.34:
            text = f"“{self._comma(q[0])}” {verb} {self.ref(p, cap=False, end=True, pronoun_ok=False)}."
            if len(q) > 1:
                text += " “" + " ".join(q[1:]) + "”"
        elif shape < 0.5:
            intro = rng.choice(
                (
                    " said",
                    " said",
                    " told reporters",
                    " added",
                    " insisted",
                    f" told {rng.choice(OUTLETS)[0]}",
                )
            )
            text = f"{self.ref(p, cap=True)}{intro}: “{' '.join(q)}”"
        elif shape < 0.62 and q[0].endswith("."):
            # Split quote: "A," he said, "b."
            first, _, rest = q[0].partition(", ")
            if not rest:
                first, rest = q[0][:-1], rng.choice(CONJUNCTIONS) + " " + self.clause() + "."
            text = f"“{first},” {self.ref(p, cap=False)} {verb}, “{rest}"
            text += (" " + " ".join(q[1:]) if len(q) > 1 else "") + "”"
        elif shape < 0.74:
            lead = rng.choice(
                (
                    f"Speaking at a rally in {'{}, {}'.format(*rng.choice(RALLY_CITIES))} {self.when_past()}",
                    f"Speaking to {rng.choice(OUTLETS)[0]} {self.when_past()}",
                    f"In an interview with {rng.choice(OUTLETS)[0]} {self.when_past()}",
                    f"At a press conference in {rng.choice(CITIES)} {self.when_past()}",
                    f"Speaking at {rng.choice(VENUES)} {self.when_past()}",
                )
            )
            text = f"{lead}, {self.ref(p, cap=False)} said: “{' '.join(q)}”"
        elif shape < 0.86 and self.last_subject is p:
            text = f"“{' '.join(q)}” {self.pronoun(p)} {rng.choice(('added', 'said', 'went on'))}."
            text = text.replace(".” ", ",” ", 1) if len(q) == 1 else text
        else:
            phrase = rng.choice(SHORT_PHRASES)
            text = rng.choice(
                (
                    f"{self.ref(p, cap=True)} described the plan as “{phrase}”.",
                    (
                        f"{self.ref(p, cap=True)} said the proposals were “{phrase},” adding: "
                        f"“{q[0]}”"
                    ),
                    (
                        f"{self.ref(p, cap=True)} called the decision “{phrase}” and said "
                        f"{self.fill('{group}')} would not accept it."
                    ),
                )
            )
        if rng.random() < 0.3:
            text += " " + self.background(p)
        self.last_subject = p
        return text

    def multi_quote(self, p: Person, paras: int) -> list[str]:
        """A quote running over ``paras`` paragraphs: only the last closes its mark."""
        rng = self.rng
        self.has_quote = True
        sentences = list(self.new_quote(p))
        while len(sentences) < paras + 1:
            sentences.append(_cap(self.clause()) + ".")
        cuts = sorted(rng.sample(range(1, len(sentences)), paras - 1))
        groups = [sentences[a:b] for a, b in zip([0, *cuts], [*cuts, len(sentences)])]
        out = []
        first = groups[0]
        if rng.random() < 0.5:
            out.append(f"{self.ref(p, cap=True)} said: “{' '.join(first)}")
        else:
            lead = f"“{self._comma(first[0])}” {self.ref(p, cap=False)} said."
            out.append(lead + (" “" + " ".join(first[1:]) if len(first) > 1 else ""))
        for g in groups[1:-1]:
            out.append("“" + " ".join(g))
        out.append("“" + " ".join(groups[-1]) + "”")
        self.last_subject = p
        return out

    def event_para(self) -> str:
        rng = self.rng
        a = rng.choice(self.cast)
        others = [c for c in self.cast if c is not a]
        b = rng.choice(others) if others else None
        kind = rng.randrange(8)
        topic = rng.choice((self.topic, rng.choice(TOPICS)))
        if kind == 0 and b is not None:
            text = (
                f"{self.ref(a, cap=True)} met {self.ref(b, cap=False, pronoun_ok=False)} at "
                f"{rng.choice(VENUES)} {self.when_past()}, where they discussed {topic}."
            )
        elif kind == 1:
            org = rng.choice(ORGS)
            text = (
                f"Leaders from {rng.randint(12, 40)} countries gathered in "
                f"{rng.choice(CITIES)} {self.when_past()} for the {org} summit, where "
                f"{topic} dominated the agenda. {self.ref(a, cap=True)} is due to host a "
                f"follow-up meeting {self.when_future()}."
            )
        elif kind == 2:
            city, state = rng.choice(RALLY_CITIES)
            text = (
                f"{self.ref(a, cap=True)} told a rally in {city}, {state}, {self.when_past()} "
                f"that {self.pronoun(a)} would “{rng.choice(SHORT_PHRASES)}” on {topic}."
            )
        elif kind == 3:
            text = (
                f"In an interview with {rng.choice(OUTLETS)[0]} {self.when_past()}, "
                f"{self.ref(a, cap=False)} said the row over {topic} was "
                f"“{rng.choice(SHORT_PHRASES)}”."
            )
            self.has_quote = True
        elif kind == 4:
            yes = rng.randint(40, 330)
            no = rng.randint(20, yes)
            body = rng.choice(BODIES)
            text = (
                f"{_cap(body)} voted {yes}-{no} {self.when_past()} to "
                f"{rng.choice(POLICIES)}, a setback for {self.ref(a, cap=False, end=True, pronoun_ok=False)}. "
                f"A further vote on {topic} is expected {self.when_future()}."
            )
        elif kind == 5:
            text = (
                f"{self.ref(a, cap=True)} held a press conference in {rng.choice(CITIES)} "
                f"{self.when_past()} after talks on {topic} broke down."
            )
        elif kind == 6 and b is not None:
            text = (
                f"{self.ref(a, cap=True)} will travel to {rng.choice(CITIES)} "
                f"{self.when_future()} for a summit with {self.ref(b, cap=False, pronoun_ok=False)} "
                f"on {topic}."
            )
        else:
            text = (
                f"{self.ref(a, cap=True)} appeared before the "
                f"{rng.choice(COMMITTEES)} "
                f"{self.when_past()} to answer questions on {topic}."
            )
        self.last_subject = a
        return text

    def context_para(self) -> str:
        rng = self.rng
        topic2 = rng.choice(TOPICS)
        pct = f"{rng.randint(18, 71)} {'percent' if self.style == 'us' else 'per cent'}"
        month = MONTHS[(self.pub.month + rng.randint(0, 4)) % 12]
        templates = [
            (
                f"The row over {self.topic} comes at a particularly sensitive time, with {topic2} "
                f"dominating the agenda in {rng.choice(CITIES)}."
            ),
            (
                f"Critics say the plan does little to address {topic2}, and officials in "
                f"{rng.choice(CITIES)} declined to comment."
            ),
            (
                f"The disclosure comes amid growing anxiety about {topic2}. Polls suggest {pct} of "
                f"voters think the government has handled it badly."
            ),
            (
                f"Security experts warn that {rng.choice(PLACES)} must act quickly on {self.topic} "
                f"or risk falling further behind."
            ),
            (
                f"Figures published {self.when_past()} showed {pct} of businesses expect {topic2} "
                f"to get worse before it gets better."
            ),
            (
                f"Government sources said a decision on {self.topic} would not be taken until "
                f"{month} at the earliest."
            ),
            (
                f"The announcement drew a cautious response in {rng.choice(CITIES)}, where officials "
                f"have spent months preparing for a shift on {topic2}."
            ),
            (
                f"It is the {rng.choice(('second', 'third', 'fourth'))} time this year that "
                f"{self.topic} has dominated talks between the two sides."
            ),
        ]
        if len(self.mentioned) >= 2:
            ids = list(self.mentioned)
            a = self.mentioned[ids[rng.randrange(len(ids))]]
            b = self.mentioned[ids[rng.randrange(len(ids))]]
            if a is not b:
                templates.append(
                    f"{self.ref(a, cap=True)} has previously been outspoken in "
                    f"{self.possessive(a)} criticism of {self.ref(b, cap=False, end=True, pronoun_ok=False)}, "
                    f"but has become more guarded as the issue has moved up the agenda."
                )
        text = rng.choice(templates)
        return text

    def lede(self) -> str:
        rng = self.rng
        p = self.main
        b = self.cast[1] if len(self.cast) > 1 else None
        dateline = ""
        if self.dateline_tag and rng.random() < 0.75 or self.style == "us" and rng.random() < 0.3:
            city = rng.choice(
                ("WASHINGTON", "NEW YORK", "LONDON", "BRUSSELS", "KYIV, Ukraine", "PARIS", "BERLIN")
            )
            if self.dateline_tag == "(Reuters) -":
                dateline = f"{city.split(',')[0]}, {MONTHS[self.pub.month - 1][:3]} {self.pub.day} (Reuters) - "
            elif self.dateline_tag:
                dateline = f"{city} {self.dateline_tag} "
            else:
                dateline = f"{city} — "
        kind = rng.randrange(5)
        if kind == 0 or b is None:
            text = (
                f"{self.ref(p, cap=True)} has warned of “{rng.choice(SHORT_PHRASES)}” over "
                f"{self.topic} unless ministers act, after talks broke down "
                f"{self.when_past()}."
            )
            self.has_quote = True
        elif kind == 1:
            text = (
                f"{self.ref(p, cap=True)} has launched a broadside at "
                f"{self.ref(b, cap=False, pronoun_ok=False)} over {self.topic}."
            )
        elif kind == 2:
            text = (
                f"{self.ref(p, cap=True)} met {self.ref(b, cap=False, pronoun_ok=False)} at "
                f"{rng.choice(VENUES)} {self.when_past()}, where they discussed a plan on "
                f"{self.topic} that {self.pronoun(p)} called “{rng.choice(SHORT_PHRASES)}.”"
            )
            self.has_quote = True
        elif kind == 3:
            text = (
                f"In a revelation that has sent shockwaves through {rng.choice(PLACES)}, "
                f"{self.ref(p, cap=False)} allegedly told {self.ref(b, cap=False, pronoun_ok=False)} "
                f"that {self.pronoun(p)} would “encourage” a rethink of {self.topic}."
            )
            self.has_quote = True
        else:
            text = (
                f"{self.ref(p, cap=True)} has said {self.pronoun(p)} is ready to "
                f"{rng.choice(POLICIES)}, in a move that puts {self.pronoun(p)} at odds with "
                f"{self.ref(b, cap=False, end=True, pronoun_ok=False)}."
            )
        self.last_subject = p
        if dateline:
            text = dateline + text
        return text

    def title(self) -> str:
        rng = self.rng
        s = self.main.last if rng.random() < 0.8 else self.main.full
        s = _cap(s)
        o = self.cast[1].last if len(self.cast) > 1 else rng.choice(PLACES)
        o = _cap(o)
        return _cap(
            rng.choice(
                (
                    f"{s} vows to stand by {rng.choice(GROUPS)} in rebuke to {o}",
                    f"{s} refuses to guarantee backup on {self.topic}",
                    f"{s} says {self.pronoun(self.main)} would ‘{rng.choice(SHORT_PHRASES)}’ on {self.topic}",
                    f"{s} and {o} meet in {rng.choice(CITIES)} as {self.topic} row deepens",
                    f"{o} hits back at {s} over {self.topic}",
                    f"{rng.choice(ORGS)} summit: leaders clash over {self.topic}",
                    f"{s} warns of ‘{rng.choice(SHORT_PHRASES)}’ as {self.topic} talks collapse",
                    f"Exclusive: {s} weighs new plan on {self.topic}",
                )
            )
        )

    def image_url(self) -> str:
        rng = self.rng
        ext = rng.choice(("jpg", "jpg", "jpeg", "png", "webp"))
        url = (
            f"https://{self.domain}/images/{self.pub.year}/{self.pub.month:02d}/"
            f"{rng.getrandbits(40):010x}.{ext}"
        )
        return url + ("?width=1200&quality=85" if rng.random() < 0.3 else "")

    def caption(self) -> tuple[str, str]:
        rng = self.rng
        a = self.main
        b = self.cast[-1] if len(self.cast) > 1 else None
        who = a.full if a.honour not in ("Sir", "Dame") else f"{a.honour} {a.full}"
        if b is not None:
            text = f"{who} {rng.choice(CAPTION_ACTIONS)} {b.full} at {rng.choice(VENUES)}"
            self.listed.setdefault(b.idx, b)
        else:
            text = f"{who} speaking at {rng.choice(VENUES)}"
        self.listed.setdefault(a.idx, a)
        photographer = rng.choice(self.world.photographers)
        second = (
            photographer
            if rng.random() < 0.6
            else rng.choice(self.world.photographers + list(PHOTO_AGENCIES))
        )
        return text, f"{photographer}/{second}"

    def byline(self) -> str:
        rng = self.rng
        names = rng.sample(self.world.reporters, rng.choice((1, 1, 1, 2)))
        text = " and ".join(names)
        if rng.random() < 0.15:
            text = text.upper()
        if len(names) == 1 and rng.random() < 0.3:
            text += ", " + rng.choice(
                (
                    "Political reporter",
                    "Political editor",
                    "Washington correspondent",
                    "Europe editor",
                )
            )
        return f"By {text}"

    def heading(self) -> str:
        rng = self.rng
        return _cap(
            rng.choice(HEADINGS).format(
                city=rng.choice(CITIES), surname=_cap(self.main.last), topic_cap=_cap(self.topic)
            )
        )

    # ---- the whole article

    def build(self) -> Article:
        rng = self.rng
        title = self.title()
        blocks: list[tuple[str, str]] = []
        has_headline = rng.random() < 0.78
        headline = title + self.suffix.format(self.outlet) if has_headline else None
        if headline is not None:
            blocks.append(("headline", headline))
        if rng.random() < 0.3:
            caption, credit = self.caption()
            blocks.append(("dated_caption", f" date {self.pub.isoformat()} {caption} - {credit}"))
        if headline is not None and rng.random() < 0.2:
            main = self.main
            blocks.append(
                (
                    "standfirst",
                    (
                        f"{_cap(rng.choice(PLACES))} is “{rng.choice(SHORT_PHRASES)}”, "
                        f"{main.title + ' ' if main.title and not main.honour else ''}"
                        f"{main.full} has claimed"
                    ),
                )
            )
            self.listed.setdefault(main.idx, main)
        if rng.random() < 0.35:
            blocks.append(("byline", self.byline()))
        if rng.random() < 0.15:
            blocks.append(("image", self.image_url()))

        budget = rng.randint(6, 14)
        paras: list[str] = [self.lede()]
        with_headings = rng.random() < 0.3
        while len(paras) < budget:
            left = budget - len(paras)
            kind = rng.random()
            speaker = self.main if rng.random() < 0.5 else rng.choice(self.cast)
            if not self.has_quote and len(paras) >= 2:
                kind = 0.0
            if kind < 0.5:
                paras.append(self.quote_para(speaker))
            elif kind < 0.6 and left >= 2:
                paras.extend(self.multi_quote(speaker, min(left, rng.choice((2, 2, 3)))))
            elif kind < 0.8:
                paras.append(self.event_para())
                if rng.random() < 0.5:
                    paras[-1] += " " + self.context_para()
            else:
                paras.append(self.context_para())
                if rng.random() < 0.6:
                    paras[-1] += " " + self.context_para()
        if not self.has_quote:
            paras[-1] = self.quote_para(self.main)

        heading_at = set()
        if with_headings and len(paras) > 4:
            heading_at = set(
                rng.sample(range(2, len(paras)), rng.randint(1, min(3, len(paras) - 3)))
            )
        image_at = rng.randrange(2, len(paras)) if rng.random() < 0.1 else -1
        for i, para in enumerate(paras):
            if i in heading_at:
                blocks.append(("heading", self.heading()))
            if i == image_at:
                blocks.append(("image", self.image_url()))
            if (
                blocks
                and blocks[-1][0] == "para"
                and blocks[-1][1].endswith("”")
                and rng.random() < 0.05
            ):
                # A scrape artefact: two paragraphs glued together with no break.
                blocks[-1] = ("para", blocks[-1][1] + para)
            else:
                blocks.append(("para", para))
        if self.style == "us" and self.dateline_tag == "(AP) —" and rng.random() < 0.3:
            self.listed.setdefault(self.main.idx, self.main)
            blocks.insert(
                -2,
                (
                    "para",
                    (
                        f"{self.main.full} speaks in {rng.choice(CITIES)}, "
                        f"{MONTHS[self.pub.month - 1][:3]}. {self.pub.day}, "
                        f"{self.pub.year}. (AP Photo/{rng.choice(self.world.photographers)})"
                    ),
                ),
            )
        if rng.random() < 0.1:
            blocks.append(("image", self.image_url()))
        if rng.random() < 0.06:
            blocks.append(("boiler", "Advertisement"))
        if rng.random() < 0.1:
            blocks.append(("boiler", "Exit mobile version"))
        if rng.random() < 0.2:
            stamp = (
                f"{self.pub.isoformat()} {rng.randrange(24):02d}:{rng.randrange(60):02d}:"
                f"{rng.randrange(60):02d}"
            )
            blocks.append(("timestamp", stamp))

        stem = f"{self.index:07d}_{rng.getrandbits(32):08x}"
        return Article(
            index=self.index,
            stem=stem,
            title=title,
            outlet=self.outlet,
            pub=self.pub,
            people=[p.full for p in self.listed.values()],
            blocks=blocks,
            headline=headline,
            straight=self.straight,
            sep="\n" if rng.random() < 0.2 else "\n\n",
            lead_blank=headline is None and rng.random() < 0.4,
            trailing_newline=rng.random() < 0.7,
        )


def generate(n: int, seed: int = 1) -> Iterator[Article]:
    """The corpus's ``n`` articles, in order; the same ``n`` and ``seed`` give the same ones."""
    rng = random.Random(seed)
    world = _World(rng, n)
    for index in range(n):
        yield _Writer(world, index).build()


# --------------------------------------------------------------------------- rendering


def render_text(article: Article) -> str:
    """The article as a plain-text seed file, in its scraped layout."""
    text = article.sep.join(body for _, body in article.blocks)
    if article.lead_blank:
        text = "\n" + text
    if article.trailing_newline:
        text += "\n"
    return text.translate(_STRAIGHT) if article.straight else text


def _yaml_str(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)  # a JSON string is a YAML double-quoted one


def _markdown_body(article: Article) -> str:
    parts: list[str] = []
    for kind, body in article.blocks:
        if kind in ("para", "standfirst"):
            parts.append(body)
        elif kind == "heading":
            parts.append(f"## {body}")
        elif kind == "image":
            parts.append(f"![]({body})")
        elif kind == "dated_caption":
            caption = body.split(" ", 3)[3].rsplit(" - ", 1)[0]
            parts.append(f"*{caption}*")
    text = "\n\n".join(parts) + "\n"
    return text.translate(_STRAIGHT) if article.straight else text


def render_markdown(article: Article) -> str:
    """The article as Markdown with YAML front matter (title, date, source, people)."""
    people = "".join(f"  - {_yaml_str(p)}\n" for p in article.people)
    return (
        "---\n"
        f"title: {_yaml_str(article.title)}\n"
        f"date: {article.pub.isoformat()}\n"
        f"source: {_yaml_str(article.outlet)}\n"
        f"people:{' []' if not people else ''}\n{people}"
        "---\n\n" + _markdown_body(article)
    )


def render_hugo(article: Article) -> str:
    """The article as Hugo content: YAML front matter with a ``people`` taxonomy list."""
    people = ", ".join(_yaml_str(p) for p in article.people)
    return (
        "---\n"
        f"title: {_yaml_str(article.title)}\n"
        f"date: {article.pub.isoformat()}\n"
        f"source: {_yaml_str(article.outlet)}\n"
        f"people: [{people}]\n"
        "---\n\n" + _markdown_body(article)
    )


def write_corpus(out: Path, n: int, seed: int = 1, markdown: bool = False) -> list[Path]:
    """Write ``n`` articles to ``out`` (``.txt`` seeds, or ``.md`` with front matter)."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for article in generate(n, seed):
        if markdown:
            path, text = out / f"{article.stem}.md", render_markdown(article)
        else:
            path, text = out / f"{article.stem}.txt", render_text(article)
        path.write_bytes(text.encode("utf-8"))
        paths.append(path)
    return paths


HUGO_CONFIG = """\
baseURL = "http://localhost/"
languageCode = "en-gb"
title = "Briefing benchmark"
disableKinds = ["rss", "sitemap", "robotsTXT"]

[taxonomies]
  person = "people"
"""

HUGO_LAYOUTS = {
    "baseof.html": """\
<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>{{ .Title }} | {{ site.Title }}</title></head>
<body>
<nav><a href="{{ "/" | relURL }}">Home</a> · <a href="{{ "/people/" | relURL }}">People</a></nav>
<main>{{ block "main" . }}{{ end }}</main>
</body>
</html>
""",
    "single.html": """\
{{ define "main" }}
<article>
<h1>{{ .Title }}</h1>
<p><time>{{ .Date.Format "2006-01-02" }}</time> · {{ .Params.source }}</p>
{{ .Content }}
{{ with .GetTerms "people" }}<h2>People</h2>
<ul>{{ range . }}<li><a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a></li>{{ end }}</ul>{{ end }}
</article>
{{ end }}
""",
    "list.html": """\
{{ define "main" }}
<h1>{{ .Title }}</h1>
<ul>{{ range .Pages.ByDate.Reverse }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ .Date.Format "2006-01-02" }}</li>{{ end }}</ul>
{{ end }}
""",
    "terms.html": """\
{{ define "main" }}
<h1>{{ .Title }}</h1>
<ul>{{ range .Data.Terms.ByCount }}<li><a href="{{ .Page.RelPermalink }}">{{ .Page.Title }}</a> ({{ .Count }})</li>{{ end }}</ul>
{{ end }}
""",
    "taxonomy.html": """\
{{ define "main" }}
<h1>{{ .Title }}</h1>
<ul>{{ range .Pages.ByDate.Reverse }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ .Date.Format "2006-01-02" }}</li>{{ end }}</ul>
{{ end }}
""",
}


def write_hugo_site(out: Path, n: int, seed: int = 1) -> list[Path]:
    """Write a Hugo site of the same ``n`` articles; returns the content files."""
    out = Path(out)
    content = out / "content" / "articles"
    layouts = out / "layouts" / "_default"
    content.mkdir(parents=True, exist_ok=True)
    layouts.mkdir(parents=True, exist_ok=True)
    (out / "config.toml").write_text(HUGO_CONFIG, encoding="utf-8")
    for name, text in HUGO_LAYOUTS.items():
        (layouts / name).write_text(text, encoding="utf-8")
    paths = []
    for article in generate(n, seed):
        path = content / f"{article.stem}.md"
        path.write_bytes(render_hugo(article).encode("utf-8"))
        paths.append(path)
    return paths


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=1000, help="number of articles (default 1000)")
    parser.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    parser.add_argument("--out", type=Path, help="folder for the seed files")
    parser.add_argument(
        "--markdown",
        action="store_true",
        help="write .md files with YAML front matter instead of .txt seeds",
    )
    parser.add_argument("--hugo", type=Path, metavar="DIR", help="write a Hugo site to DIR")
    args = parser.parse_args(argv)
    if args.out is None and args.hugo is None:
        parser.error("give --out DIR and/or --hugo DIR")
    if args.n < 0:
        parser.error("--n must be >= 0")
    if args.out is not None:
        paths = write_corpus(args.out, args.n, args.seed, markdown=args.markdown)
        size = sum(p.stat().st_size for p in paths)
        print(f"wrote {len(paths)} files ({size / 1e6:.1f} MB) to {args.out}")
    if args.hugo is not None:
        paths = write_hugo_site(args.hugo, args.n, args.seed)
        size = sum(p.stat().st_size for p in paths)
        print(f"wrote a Hugo site with {len(paths)} articles ({size / 1e6:.1f} MB) to {args.hugo}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
