"""Sentence templates of the synthetic demo study (written for QualCode; not real data).

Each coded template is a whole sentence coded with one code path; ``{slots}`` are filled
from small word lists so that no two transcripts read alike. A template may mark an
in-vivo phrase with ``[[...]]``: the brackets are removed and the phrase is coded too.
The themes of the demo (see :mod:`qualcode.services.demo.build_demo`) group these codes.
"""

from __future__ import annotations

SLOTS: dict[str, tuple[str, ...]] = {
    "org": ("the women's NGO", "the crisis centre", "the rehabilitation centre", "the community centre",
            "the migrant support office"),
    "months": ("two months", "three months", "half a year", "almost a year", "four months"),
    "person": ("my sister", "my aunt", "my cousin", "a neighbour", "my mother"),
    "work": ("a sewing workshop", "a bakery", "a hotel kitchen", "a tailoring course", "a shop"),
    "work_course": ("a sewing course", "a cooking course", "a hairdressing course"),
    "official": ("the police officer", "the prosecutor", "the consular officer", "the migration officer"),
}

INTRO = "SYNTHETIC DEMO TRANSCRIPT. Written for the QualCode demo; not real data. {label}"

SURVIVOR_QUESTIONS: dict[str, str] = {
    "arrival": "Can you tell me a little about how you came to the programme?",
    "feeling": "How have you been feeling, in yourself, since you left that situation?",
    "counselling": "Did you get any counselling or psychological help?",
    "legal": "What about legal help, a lawyer, your documents, the case?",
    "rights": "Do you feel you know your rights here now?",
    "support": "Who do you turn to when things are hard?",
    "missing": "What is still missing for you?",
    "future": "And what would you like for the future?",
}

FILLER: dict[str, tuple[str, ...]] = {
    "arrival": ("I came through {org} after the police found us.", "A woman from {org} met me at the border.",
                "{person} called a hotline and they came for me."),
    "feeling": ("Some days are better now, some are the same.", "I try to keep busy, it helps a little.",
                "I am tired, but I am here."),
    "counselling": ("I am not sure what that would be.", "Nobody really asked me about that."),
    "legal": ("I do not know much about the case.", "My papers are still somewhere, I am not sure where."),
    "rights": ("I do not really know, to be honest.", "Maybe some, not all."),
    "support": ("Mostly I keep things to myself.", "I talk to God."),
    "missing": ("Many things, but I do not want to complain.", "Time, I think."),
    "future": ("I want my son to go to school.", "A quiet life, that is all.", "I want to go home one day."),
}

#: code path -> coded sentence templates (survivors).
SURVIVOR_CODED: dict[str, tuple[str, ...]] = {
    "Social support/Shelter and aftercare": (
        "At the shelter they gave me a bed, food and a doctor the first week.",
        "The shelter staff helped me with clothes and a medical check.",
        "I stayed in the shelter for {months} and it was safe there.",
    ),
    "Distrust of state shelters": (
        "In the state shelter I was a number, they locked the door at night like a prison.",
        "I did not want to go to the government shelter, people say they send you back.",
        "The state shelter felt like another place where someone decides for you.",
        "I trusted the community women more than the state shelter.",
    ),
    "Psychological support/Trauma symptoms": (
        "I still wake up at night and my heart is running.",
        "When a man shouts in the street I am back there again.",
        "I could not eat or sleep, I was afraid all the time.",
        "Sometimes I feel nothing, like I am not in my body.",
    ),
    "Psychological support/Trauma-informed counselling": (
        "The counsellor let me talk at my own pace and never pushed me.",
        "After some sessions with the psychologist I could sleep again.",
        "She asked what happened to me, not what is wrong with me, and that changed something.",
        "The counselling at {org} helped me to feel safe in my own head.",
    ),
    "Psychological support/Unmet psychological needs": (
        "I wanted to talk to a psychologist but there was nobody who spoke my language.",
        "They gave me one session and then the money was finished.",
        "Nobody helped me with the fear, only with the papers.",
    ),
    "Legal support/Legal aid": (
        "Finally I got some legal help and I started to feel like [[I had some rights]].",
        "The lawyer from {org} explained every paper to me before I signed.",
        "A lawyer came with me to {official}, so I was not alone.",
        "With the legal aid my documents were ready in {months}.",
    ),
    "Legal support/Access to justice": (
        "The court case is open now and the man who sold me has to answer.",
        "I gave my statement to {official} and they wrote down everything.",
        "For the first time someone official believed my story.",
    ),
    "Legal support/Legal literacy": (
        "Now I know that my passport is mine and nobody can keep it.",
        "I learned that I can refuse work and still keep my visa.",
        "I know where to go if an employer does not pay me.",
    ),
    "Barriers/Legal barriers": (
        "Without papers I could not open a case, they said come back later.",
        "{official} told me I was the criminal because I had no visa.",
        "The case takes so long, I am afraid they will close it.",
    ),
    "Social support/Peer support": (
        "In the peer group I was [[a person again]], not only a victim.",
        "The other women in the group understand without words.",
        "We meet every week at {org} and we cook together.",
        "One woman from the group calls me when I am down.",
    ),
    "Social support/Family and community ties": (
        "{person} took me back and did not ask questions.",
        "My family sends me messages every day now.",
        "The neighbours help with my child when I go to the centre.",
    ),
    "Barriers/Stigma and discrimination": (
        "People in my village say bad things about women who went abroad.",
        "When they know where I was, they look at me differently.",
        "I cannot tell my family, they would be ashamed of me.",
    ),
    "Barriers/Service access": (
        "The clinic is far and the bus costs too much.",
        "Every office sends me to another office.",
        "I still have no health insurance and no place for my child.",
    ),
    "Barriers/Funding barriers": (
        "The project ended and the centre closed in the summer.",
        "They said there is no money for more sessions this year.",
    ),
    "Social support/Economic reintegration": (
        "Now I work in {work} and I pay my own rent.",
        "I finished {work_course} and found a job after that.",
        "I have my own room now and a contract for work.",
    ),
    "Fear of deportation": (
        "I am always afraid they will send me back before the case ends.",
        "When I see the police I still think they will deport me.",
    ),
}

KI_QUESTIONS: tuple[str, ...] = (
    "Can you describe your role and the survivors you work with?",
    "What works well in the support you can offer?",
    "Where do survivors fall through the gaps?",
    "How do survivors experience the state services?",
    "What would you change if you could?",
)

KI_FILLER: tuple[str, ...] = (
    "I have worked with {org} for six years, mostly with women who came back from abroad.",
    "I coordinate cases between the police, the shelter and the NGOs.",
    "Every case is different, that is the first thing to say.",
)

#: code path -> sentence templates (key informants, service providers).
KI_CODED: dict[str, tuple[str, ...]] = {
    "Psychological support/Trauma-informed counselling": (
        "We train staff to ask what happened to you, never what is wrong with you.",
        "Counselling works when the survivor sets the pace, not the file.",
    ),
    "Legal support/Legal aid": (
        "A lawyer in the first month changes everything for the survivor.",
        "When a woman has legal aid she stays in the process until the end.",
    ),
    "Barriers/Legal barriers": (
        "Many survivors are treated as irregular migrants before they are treated as victims.",
        "Prosecutors ask for evidence that a survivor simply cannot give.",
    ),
    "Barriers/Funding barriers": (
        "Our funding comes project by project, so services stop when the grant ends.",
        "The budget line for assistance grew a little, but not enough for counselling.",
    ),
    "Barriers/Service access": (
        "Women from rural districts cannot reach the centre without transport money.",
        "Referral between agencies still depends on personal phone numbers.",
    ),
    "Social support/Shelter and aftercare": (
        "The shelter gives safety in the first weeks, but aftercare is thin.",
        "After the shelter there is often no plan for housing.",
    ),
    "Distrust of state shelters": (
        "Some women refuse the state shelter because it feels like detention.",
        "Survivors trust community groups more than government institutions.",
    ),
    "Social support/Peer support": (
        "Peer groups keep women coming back when nothing else does.",
        "Survivors who meet other survivors recover faster, that is my experience.",
    ),
}

FG_QUESTIONS: tuple[tuple[str, str], ...] = (
    ("arrival", "Let us start with the shelters and centres. What was it like for you there?"),
    ("legal", "What about legal help, the lawyers and the offices?"),
    ("counselling", "Did any of you get counselling, help for the mind?"),
    ("support", "Who supported you after you came back?"),
    ("future", "What do you need now, and what do you hope for?"),
)
