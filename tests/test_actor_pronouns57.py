"""Shapes of session 50's pronouns57 helper, on articles written for these tests: who "he" or "she" is.

A fronted phrase with no subject of its own ("Asked whether he would take gifts from Lord Vane, he said"; "under
cross-examination by Mr Oduya, he said") names someone other than the pronoun after its comma; with no speaker near,
a pronoun goes on with its sentence's subject, not a name after a preposition ("born ... to Thabang and 'Palesa
Rell"), and a preposition's object before a possessor within one ("across from Ivo Marten, a walk from Piet Quill's
gallery"); "Yuri" is a man's name; a display line in single quotes that a later quotation repeats is that
quotation's.
"""

from __future__ import annotations

from written import holders, report_of

from brief.actors.gender import given_names

_ASKED = (
    'Premier defends gifts from donor\n\n'
    'Premier Owen Hale has defended accepting tickets and clothing from a wealthy party donor.\n\n'
    'Hale said the gifts had all been declared on time and that he had broken no rule.\n\n'
    '“I have followed the rules to the letter,” he said on a visit to a school in Dunmore.\n\n'
    'Asked again whether he would keep accepting gifts from Lord Vane, he said: “Wherever there are gifts from anyone, I will comply with the rules.”\n\n'
    'Asked whether an ethics adviser would be named, he went on: “There is a big difference between declaring a gift and corruption.”'
)

_CROSS = (
    'Police chief tells court the accused was watched for months\n\n'
    'The first witness at the trial was police commander Brig Sipho Ndlovu, who led the inquiry into the riots.\n\n'
    'He said the accused had been a person of interest well before the riots began in March.\n\n'
    'In his evidence, and under cross-examination by Mr Oduya, he said that there had been "monitoring at a very high level" of social media in the weeks before.\n\n'
    'Oduya said none of the posts had called for violence.'
)

_BORN = (
    'The young lawyer who wants to rewrite the rules\n\n'
    "The 34-year-old Adv Tomas Rell was born in the hill town of Sefton to Thabang and 'Palesa Rell. After losing both his parents to illness, he was raised by his grandmother near the capital.\n\n"
    '"My grandmother was my shield against hunger," he reflects, recalling the small farm she kept.\n\n'
    'Influenced by writers and figures like Amos Keita and Elin Dube, he developed a deep wish to fight injustice.\n\n'
    '"The judges in my dreams were there to stop the cruelty I saw around me," he explains.'
)

_INTERVIEW = (
    'Ivo Marten: why the new leader needs time\n\n'
    "As I sit across from Sir Ivo Marten in his office at the Marten Foundation, a short walk from Piet Quill's gallery, the talk turns to the party's new leader and his first hundred days.\n\n"
    '"He has only just started," he snaps. "Give the man a chance."\n\n'
    'The look he gives me is the same one he gave me years ago when I asked him about his own first year.'
)

_ADVOCATE = (
    'Trial of activist opens in Port Ellis\n\n'
    'Defence counsel Mr Oduya told the court the case against his client was weak.\n\n'
    'Earlier, in his opening statement, state advocate Yuri Petrenko said the case was about "the power of words" and that the accused had not shown restraint.\n\n'
    'He said she had understood how tense the city was and had chosen to inflame it from her home.'
)

_SUBHEAD = (
    'What comes next after the new commander is named\n\n'
    'The new commander is seen as a hard-liner, said Marta Kovacs, an analyst at the Eastfield Institute.\n\n'
    '"The same pressures that pushed both sides towards a deal are still there," Kovacs said.\n\n'
    "'There is only one place for the new commander now'\n\n"
    "On Tuesday, the army's chief spokesman, Colonel Dov Arel, said the appointment would not stop the army from pursuing him.\n\n"
    '"There is only one place for the new commander now, and it is beside the men who planned the raid," he told a Gulf television channel.'
)

_CLEFT = (
    'Britons sweep the first round in Harbour City\n\n'
    'After Mina Okoro won her opening match on Monday, it was Ellen Rourke who impressed on Tuesday with a 6-2, 6-1 win over Celine Marchand.\n\n'
    '"I hope I have given everyone a good start," she said.'
)


def test_a_name_in_a_fronted_phrase_of_no_subject_is_not_its_pronoun() -> None:
    report = report_of(_ASKED)
    assert holders(report, "comply with the rules") == ["Owen Hale"]
    assert holders(report, "declaring a gift and corruption") == ["Owen Hale"]
    assert holders(report_of(_CROSS), "monitoring at a very high level") == ["Sipho Ndlovu"]


def test_a_pronoun_goes_on_with_the_subject_not_a_parent_named_after_a_preposition() -> None:
    assert holders(report_of(_BORN), "shield against hunger") == ["Tomas Rell"]


def test_a_preposition_s_object_outranks_a_possessor_within_one() -> None:
    assert holders(report_of(_INTERVIEW), "only just started") == ["Ivo Marten"]  # not "Piet Quill's gallery"


def test_a_subject_with_a_relative_clause_is_an_antecedent() -> None:
    assert holders(report_of(_CLEFT), "good start") == ["Ellen Rourke"]  # "it was X who won ... over Y"


def test_yuri_is_a_mans_name() -> None:
    assert given_names()["Yuri"] == "m"
    assert holders(report_of(_ADVOCATE), "inflame it from her home") == ["Yuri Petrenko"]


def test_a_display_line_in_single_quotes_is_the_later_speakers() -> None:
    report = report_of(_SUBHEAD)
    assert holders(report, "only one place for the new commander now") == ["Dov Arel"]
