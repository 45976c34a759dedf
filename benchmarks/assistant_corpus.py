"""A generated interview corpus for the coding assistant's evaluation and speed figures.

Five codes, each with a definition and several *facets* (ideas) said in different
words: the paraphrases of one facet share meaning, rarely keywords ("nobody believed
me" / "they thought I was making it up"). Participants' answers mix one coded passage
with ordinary talk and with *distractors* that share a code's keywords but not its
meaning ("the lawyer's office had a nice view"), as real transcripts do. Each coded
passage is one sentence and becomes one segment.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from qualcode.core.document import Turn
from qualcode.core.span import Span

CODES: dict[str, tuple[str, str, list[list[str]]]] = {
    "Not being believed": (
        "Officials, staff or relatives doubt, dismiss or question the participant's account of what happened.",
        "Include suspicion at hearings, having to prove one's story, being called a liar.",
        [
            ["Nobody believed me when I told them what happened.",
             "They thought I was making the whole story up.",
             "The officer looked at me like I was lying about everything.",
             "My words meant nothing to them, they had already decided I was not honest.",
             "It felt as if every sentence I said was doubted."],
            ["At the hearing they asked the same question five times to catch me out.",
             "The woman in the interview kept saying my dates did not add up.",
             "They wanted papers to prove things no one could ever have papers for.",
             "I had to show evidence of my own suffering, and still it was not enough.",
             "Every answer I gave was checked again as if it were a trick."],
            ["Even my cousin said I must be exaggerating.",
             "At home my family said I was inventing problems to get attention.",
             "My own brother did not trust my account of the journey.",
             "People close to me shrugged and said it could not have been that bad."],
        ],
    ),
    "Peer support": (
        "Help, advice or company from other migrants or people who went through the same situation.",
        "Include shared meals, advice from those who arrived earlier, groups of women from the same country.",
        [
            ["The other women from my country showed me how everything works here.",
             "A man who came a year before me explained where to go for papers.",
             "Those who arrived earlier told us which office is kind and which is not.",
             "Someone from my village gave me his phone number and said to call any time."],
            ["We cooked together on Sundays and for a few hours I forgot the worry.",
             "In the group we laughed for the first time in months.",
             "Sitting with people who understood without explanations made me feel less alone.",
             "We shared the little we had, bread, a charger, a blanket."],
            ["The girls in the shelter took turns staying awake with me when I had nightmares.",
             "A friend from the camp came with me to the hospital so I would not go alone.",
             "When my son was sick, the family next door looked after my daughter.",
             "My roommate lent me money until my first payment came."],
        ],
    ),
    "Language barriers": (
        "Difficulty understanding or being understood because of language, including problems with interpreters.",
        "Include forms in a foreign language, bad or absent translation, children translating for parents.",
        [
            ["I could not understand a single word the doctor said.",
             "The letters came in German and I just put them in a drawer.",
             "I nodded at everything because I was ashamed to say I did not follow.",
             "The form had ten pages and I understood maybe the names of the streets."],
            ["The interpreter spoke a different dialect and changed what I meant.",
             "The translator was on the phone and the line kept breaking.",
             "There was nobody who spoke Tigrinya, so they used a man who knew a little Arabic.",
             "I think half of my story was lost in the translation."],
            ["My twelve year old daughter had to explain my illness to the nurse.",
             "My son translated at the bank, a child should not hear such things.",
             "Because my husband speaks better, he answered for me and I stayed silent."],
        ],
    ),
    "Waiting and uncertainty": (
        "Long waits for decisions and not knowing what will happen next.",
        "Include waiting for asylum decisions, appointments postponed, living from day to day.",
        [
            ["Two years and still no decision on my case.",
             "Every morning I check the post and every morning there is nothing.",
             "They said three months, then six, and now nobody gives me a date.",
             "My file is somewhere in an office and no one can tell me where."],
            ["I cannot plan anything, not even next summer.",
             "My life is on pause, I do not know if I will stay or be sent back.",
             "I live day by day because tomorrow is not in my hands.",
             "It is hard to start learning or working when you may leave any week."],
            ["The appointment was moved again, the fourth time this year.",
             "I waited in the corridor from morning until they closed the doors.",
             "We queue for hours and then they say come back next week."],
        ],
    ),
    "Housing conditions": (
        "Where and how the participant lived: shelters, camps, crowded rooms, frequent moves.",
        "Include lack of privacy, noise, mould, being moved between accommodations.",
        [
            ["Eight of us slept in one room with two windows.",
             "There was no door on the shower and no lock anywhere.",
             "At night the corridor was so loud that the children never slept.",
             "The walls were black with mould and my baby started coughing."],
            ["They moved us to another town without telling us why.",
             "In one year we changed beds four times, always with our bags ready.",
             "Just when the kids made friends at school, we had to pack again."],
            ["The container was freezing in winter and an oven in summer.",
             "We had one kitchen for sixty people and one fridge that did not close.",
             "I shared the toilet with strangers and was afraid to go at night."],
        ],
    ),
}

DISTRACTORS = [
    "The lawyer's office had a nice view over the river.",
    "I believe the weather was better in the spring.",
    "The group photo from the festival is still on my phone.",
    "My language teacher has a dog called Max.",
    "We waited for the bus, it was only five minutes.",
    "The house of my aunt back home had a big garden.",
    "I told the children a story before bed.",
    "The shelter is close to the train station.",
    "Some people support the football team from our city.",
    "My friend decided to study nursing.",
    "The interpreter course starts in September.",
    "The room where we have the class is on the second floor.",
]

FILLER = [
    "I think it was in the autumn, maybe October.",
    "Yes, that is right.",
    "It depends on the day, some days are better.",
    "I am not sure how to say this.",
    "We came by bus from the border town.",
    "My children go to the school near the park now.",
    "I like to walk by the river when it is quiet.",
    "Before the war I worked as a tailor.",
    "Now I am learning to drive.",
    "My mother calls me every Friday.",
    "It was a long time ago, I do not remember everything.",
    "We eat rice most days, it is cheap and the children like it.",
    "On weekends I help at the mosque with the cleaning.",
    "The city is bigger than I expected.",
    "Sometimes I watch films to practise.",
    "I have two sisters, one is still at home.",
    "My neighbour grows tomatoes on her balcony.",
    "I prefer tea without sugar.",
]

QUESTIONS = [
    "Can you tell me more about that?", "What happened next?", "How did that feel for you?",
    "Who helped you at that time?", "What was the hardest part?", "How is it now?",
    "Where were you living then?", "What would you change?",
]

_OPENERS = ["", "", "", "Honestly, ", "You know, ", "I mean, ", "Well, ", "To be honest, "]
_CLOSERS = ["", "", "", " That is how it was.", " I still think about it.", " It was not easy."]


@dataclass(frozen=True)
class GeneratedDocument:
    name: str
    text: str
    turns: tuple[Turn, ...]
    codings: tuple[tuple[str, int, int], ...]  # (code name, start, end)


def _lower_first(sentence: str) -> str:
    return sentence[0].lower() + sentence[1:] if sentence[:2] != "I " else sentence


def evaluation_corpus(documents: int = 40, seed: int = 7) -> list[GeneratedDocument]:
    """Interviews in which every paraphrase of every facet is said about twice, coded."""
    rng = random.Random(seed)
    passages = [(code, sentence) for code, (_d, _i, facets) in CODES.items() for facet in facets
                for sentence in facet for _ in range(2)]
    rng.shuffle(passages)
    per_doc = [passages[i::documents] for i in range(documents)]
    out = []
    for number, coded in enumerate(per_doc, start=1):
        parts: list[str] = []
        turns: list[Turn] = []
        codings: list[tuple[str, int, int]] = []
        position = 0
        answers: list[list[tuple[str, str | None]]] = []
        for code, sentence in coded:
            opener = rng.choice(_OPENERS)
            said = opener + (_lower_first(sentence) if opener else sentence)
            answer = [(rng.choice(FILLER), None), (said, code)]
            if rng.random() < 0.6:
                answer.append((rng.choice(DISTRACTORS), None))
            rng.shuffle(answer)
            answers.append(answer)
        for _ in range(rng.randint(2, 4)):
            answers.append([(rng.choice(FILLER), None), (rng.choice(DISTRACTORS), None)])
        rng.shuffle(answers)
        for answer in answers:
            question = f"Interviewer: {rng.choice(QUESTIONS)}\n"
            q_start = position + len("Interviewer: ")
            parts.append(question)
            turns.append(Turn("Interviewer", Span(q_start, position + len(question) - 1)))
            position += len(question)
            label = f"P{number:02d}: "
            body_start = position + len(label)
            cursor = body_start
            body_parts = []
            for sentence, code in answer:
                if code is not None:
                    codings.append((code, cursor, cursor + len(sentence)))
                body_parts.append(sentence)
                cursor += len(sentence) + 1
            closer = rng.choice(_CLOSERS)
            body = " ".join(body_parts) + closer
            line = label + body + "\n"
            parts.append(line)
            turns.append(Turn(f"P{number:02d}", Span(body_start, body_start + len(body))))
            position += len(line)
        out.append(GeneratedDocument(f"Interview {number:02d}", "".join(parts), tuple(turns), tuple(codings)))
    return out


def _pseudo_words(rng: random.Random, count: int) -> list[str]:
    syllables = ["ka", "lo", "mi", "ren", "sta", "vo", "pli", "dar", "ne", "tus", "gra", "fen", "o", "ia", "bel"]
    return ["".join(rng.choice(syllables) for _ in range(rng.randint(2, 4))) for _ in range(count)]


def long_transcript(rng: random.Random, words: int, rare: list[str], number: int) -> tuple[str, tuple[Turn, ...]]:
    """One interview of about ``words`` words: questions, answers of real sentences with a few rare words."""
    pool = FILLER + DISTRACTORS + [s for _c, (_d, _i, facets) in CODES.items() for f in facets for s in f]
    parts: list[str] = []
    turns: list[Turn] = []
    position = 0
    used = 0
    while used < words:
        question = f"Interviewer: {rng.choice(QUESTIONS)}\n"
        parts.append(question)
        turns.append(Turn("Interviewer", Span(position + 13, position + len(question) - 1)))
        position += len(question)
        used += 6
        sentences = []
        for _ in range(rng.randint(3, 9)):
            sentence = rng.choice(pool)
            if rng.random() < 0.3:
                sentence = sentence[:-1] + " " + " ".join(rng.choice(rare) for _ in range(rng.randint(1, 3))) + "."
            sentences.append(sentence)
        body = " ".join(sentences)
        label = f"P{number:04d}: "
        parts.append(label + body + "\n")
        turns.append(Turn(f"P{number:04d}", Span(position + len(label), position + len(label) + len(body))))
        position += len(label) + len(body) + 1
        used += len(body.split()) + 1
    return "".join(parts), tuple(turns)


def rare_words(seed: int = 3, count: int = 30_000) -> list[str]:
    """Made-up words (names, places, slips of the tongue) so the vocabulary is as large as a real one's."""
    return _pseudo_words(random.Random(seed), count)
