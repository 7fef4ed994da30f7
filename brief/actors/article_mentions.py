"""An article's mentions, tagged and then mended by what its text says of each name.

Why a module of its own: the mending steps (names run on past the tagger's span, offices cut off names,
towns and people the tagger typed as bodies, things and writers that are no actors ...) are one stage
between the tagger and the reading of who said what; brief.actors.extract reads their result.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from brief.actors.aged_home_towns import aged_home_towns
from brief.actors.aged_openers import aged_openers
from brief.actors.apposed_bodies import apposed_bodies
from brief.actors.apposed_jobs import apposed_jobs
from brief.actors.apposed_offices import apposed_offices
from brief.actors.article_heads import articles_cut
from brief.actors.article_surname_repeats import article_surname_repeats
from brief.actors.award_names import awards_dropped
from brief.actors.belonging_heads import belonging_heads_cut
from brief.actors.bracketed_short_forms import bracketed_short_forms
from brief.actors.business_roles import business_bodies
from brief.actors.byline_heads import byline_heads_cut
from brief.actors.caption_openers import captions_dropped
from brief.actors.city_people import cities_typed_people
from brief.actors.clause_heads import clause_heads_cut
from brief.actors.clock_dates import clock_dates_dropped
from brief.actors.club_letters import club_letters
from brief.actors.code_names import code_names
from brief.actors.company_signs import signed_companies
from brief.actors.company_subjects import company_subjects
from brief.actors.connected_bodies import connected_bodies
from brief.actors.counsel_honours import honours_cut
from brief.actors.courtesy_full_names import courtesy_full_names
from brief.actors.courtesy_people import courtesy_people
from brief.actors.demonym_surnames import demonym_surnames
from brief.actors.described_bodies import described_bodies
from brief.actors.doubled_names import doubled_names_cut
from brief.actors.employer_after_role import roles_left_to_the_name_before
from brief.actors.evidence import addresses, common_acronyms, defined_terms, listed_with_companies, towns_of_bodies
from brief.actors.family_first import families_left_out, family_first_names
from brief.actors.family_plurals import family_groups
from brief.actors.federal_court_titles import federal_titles_dropped
from brief.actors.filing_parties import filing_parties_dropped
from brief.actors.fire_names import fires_dropped
from brief.actors.fronted_possessives import given_name_people
from brief.actors.full_name_writings import untagged_full_names
from brief.actors.gender import first_names
from brief.actors.generation_given_names import generation_given_names
from brief.actors.glued_initials import spaced_initials
from brief.actors.glued_makers import makers_unglued
from brief.actors.glued_pairs import glued_pairs_dropped
from brief.actors.guide_words import guide_words_dropped
from brief.actors.handles import handles_named
from brief.actors.headline_companies import headline_company
from brief.actors.headline_edge_verbs import headline_edge_verbs_cut
from brief.actors.headline_verb_spans import headline_verbs_cut
from brief.actors.home_teams import home_teams
from brief.actors.indefinite_pronouns import pronouns_dropped
from brief.actors.initialled_names import initialled_people
from brief.actors.irish_forms import counties_placed
from brief.actors.joined_bodies import bodies_of_two_places, joined_bodies
from brief.actors.kin_given_names import kin_given_names
from brief.actors.known_nicknames import nicknames_named
from brief.actors.label_roles import label_roles_dropped
from brief.actors.landform_names import land_regions
from brief.actors.language_names import languages_dropped
from brief.actors.legal_form_people import legal_form_people
from brief.actors.listed_people import listed_people
from brief.actors.listings import listed_tickers
from brief.actors.medium_people import people_no_media
from brief.actors.member_unions import member_unions
from brief.actors.mentions import Mention, find_mentions
from brief.actors.misspelt_surnames import misspelt_surnames
from brief.actors.name_extents import extended_names
from brief.actors.name_part_people import name_part_people
from brief.actors.name_tails import tails_cut
from brief.actors.nation_codes import nation_codes_dropped
from brief.actors.national_nouns import nationals_dropped
from brief.actors.noun_named_bodies import noun_named_bodies
from brief.actors.office_names import office_names
from brief.actors.office_objects import office_holders
from brief.actors.office_people import office_people
from brief.actors.outlet_names import outlet_names
from brief.actors.paired_names import pairs_split
from brief.actors.participle_openers import participles_dropped
from brief.actors.particle_cities import particle_cities
from brief.actors.particle_names import particled_people
from brief.actors.party_bodies import party_bodies
from brief.actors.peerage_spans import untagged_peerages
from brief.actors.personhood import aged_people, known_place, unevidenced_people
from brief.actors.pet_names import pets_dropped
from brief.actors.place_police import place_police
from brief.actors.place_titles import place_titles_dropped
from brief.actors.placehood import unplaced_places
from brief.actors.plural_possessive_names import plural_possessive_names
from brief.actors.plural_titles import plural_titles_split
from brief.actors.police_names import police_words_dropped
from brief.actors.possessive_cities import possessive_cities
from brief.actors.predicate_roles import predicate_roles
from brief.actors.pronoun_roles import pronoun_roles
from brief.actors.pronoun_surnames import pronoun_surnames
from brief.actors.real_names import real_names
from brief.actors.release_datelines import release_towns
from brief.actors.remit_names import remit_names
from brief.actors.retyped_roles import retyped_roles
from brief.actors.role_name_words import role_name_words
from brief.actors.saint_places import saint_places
from brief.actors.school_names import schools_by_namesake
from brief.actors.seat_places import seats_placed
from brief.actors.self_styled import styled_bodies
from brief.actors.service_ranks import service_ranks_dropped
from brief.actors.shouted_verbs import shouted_verbs_dropped
from brief.actors.site_companies import site_companies
from brief.actors.spelled_initials import spelled_initials
from brief.actors.sports_sides import sports_sides
from brief.actors.staff_modifiers import staff_modifiers_dropped
from brief.actors.state_ministries import state_ministries
from brief.actors.street_ends import street_ends
from brief.actors.street_short_forms import streets_shortened
from brief.actors.surname_people import surnames_of_people
from brief.actors.surname_signs import surname_people
from brief.actors.thing_name_heads import thing_heads_cut
from brief.actors.thinghood import noted_writers, things_named
from brief.actors.ticker_links import ticker_links_dropped
from brief.actors.title_names import title_names
from brief.actors.titled_surnames import titled_surnames
from brief.actors.trade_joins import trade_joins
from brief.actors.trade_lists import trade_listed
from brief.actors.trade_openers import trade_openers_dropped
from brief.actors.turn_label_people import turn_label_people
from brief.actors.user_handles import handle_people
from brief.actors.vehicle_names import vehicles_dropped
from brief.actors.who_names import who_names
from brief.actors.word_case import plain_word
from brief.actors.word_given_names import word_given_names
from brief.model import Article, Sentence


def _given_name(word: str) -> bool:
    """Whether a word is a known given name and no known place ("Margaret", not "Austin")."""
    return word in first_names() and not known_place(word)


def article_mentions(article: Article, sentences: Sequence[Sentence], lowercase: Callable[[], set[str]]) -> list[Mention]:
    """Every actor-like mention of the article, each typed and named as its text reads it."""
    text = article.text
    found = pronouns_dropped(pairs_split(find_mentions(article, tuple(sentences))))  # not "Nobody"; two bodies in
    # "Norvik Health and Pallas Bio said"
    found = particle_cities(text, trade_joins(text, found))  # "Pacific Gas and Electric": one company; "Dar es Salaam"
    found = demonym_surnames(text, found)  # "Rebecca English of the Daily Mail recalled": a person, not England
    found = aged_openers(text, found)  # "Ten-year-old Hoang Son Pham underwent": a person, the age cut
    found = possessive_cities(text, club_letters(text, found))  # "Sydney FC": one club, not the city and a body
    # "FC"; "St. John's": the city, not "St. John" and a possessive
    bodies = {(m.start, m.end) for m in found if m.kind == "organization"}  # for the roles of those found people later
    mentions = title_names(article.id, text, sentences, particled_people(text, courtesy_people(found)))
    mentions = untagged_peerages(article.id, text, sentences, mentions)  # "a spokesperson for the Archbishop of X"
    mentions = code_names(article.id, text, sentences, mentions)  # "Danish union 3F said": the union, not Denmark
    mentions = outlet_names(article.id, text, sentences, mentions)  # "against Time magazine": the magazine
    mentions = noun_named_bodies(article.id, text, sentences, mentions)  # "organised by the union Equity"
    mentions = spelled_initials(article.id, text, sentences, mentions)  # "MCA" of the Malaysian Chinese Association
    mentions = who_names(article.id, text, sentences, mentions, lowercase)
    mentions = apposed_bodies(article.id, text, sentences, mentions, lowercase)  # "Friends of Elm Street, a theatre company,"
    mentions = site_companies(text, mentions)  # "Etlaq, the company behind the spaceport, ... from Etlaq": the firm
    mentions = company_subjects(article.id, sentences, mentions, lowercase)  # "Alienware has ..., and the company told"
    mentions = articles_cut(text, tails_cut(text, participles_dropped(text, captions_dropped(text, mentions))))  # "Update: An Orbit spokesperson"
    mentions = headline_verbs_cut(text, mentions, article.title)  # "Quorvex Eyes Growth in Rural Broadband": Quorvex
    mentions = headline_edge_verbs_cut(text, mentions, article.title)  # "... To Squash Knicks": the Knicks
    mentions = glued_pairs_dropped(text, mentions)  # "the DGA-AMPTP deal": the two bodies, no third
    mentions = place_titles_dropped(doubled_names_cut(text, mentions))  # "About Magellan Magellan allows": the
    # name once; "the Illinois Senator's life": an office described, no name
    mentions = clause_heads_cut(text, mentions)  # "What Tarnwell did is wrong": Tarnwell, not a person "What Tarnwell"
    mentions = belonging_heads_cut(text, mentions)  # "Relatives of Rich Rodriguez have been ...": the person, no body
    mentions = listed_tickers(text, bodies_of_two_places(text, joined_bodies(text, connected_bodies(text, mentions))))
    mentions = ticker_links_dropped(text, mentions)  # "Microsoft (MSFT.O: Quote, Profile, Research)": links, no body
    mentions = word_given_names(text, extended_names(text, office_holders(text, office_names(text, mentions))))
    mentions = remit_names(text, mentions)  # "the Intergovernmental Panel on Climate Change": one body, no "Climate"
    mentions = pronoun_surnames(text, mentions)  # "Ms He Ting Ru": the surname the tagger read as "He"
    mentions = common_acronyms(text, defined_terms(text, mentions, lambda w: plain_word(w, lowercase())))
    mentions = bracketed_short_forms(text, sentences, mentions)  # "(TxDOT) ... A TxDOT spokesperson said"
    mentions = roles_left_to_the_name_before(text, mentions)  # "Dana Reyes, vice president, Quorvex storage": her role
    mentions = spaced_initials(mentions)  # "K.Ravindran": initials glued to a surname, a person's name
    mentions = cities_typed_people(text, unevidenced_people(text, mentions, article.title))  # "toward Des Moines": a city
    mentions = given_name_people(text, mentions, _given_name)  # "After closing his remarks, Margaret stood up": a person
    mentions = home_teams(text, unplaced_places(text, name_part_people(text, aged_people(text, mentions))))  # "Dan Evans ... seed Evans"
    mentions = surname_people(text, mentions)  # "Lee was fined, meaning he ...", "President Vardy": a surname
    mentions = listed_people(text, mentions)  # "the arrivals of Tavo, Rinaldi, Owen Marsh and Piet Kade": people
    mentions = schools_by_namesake(mentions)  # "Lincoln High School ... Lincoln trailed": the school
    mentions = police_words_dropped(text, vehicles_dropped(text, streets_shortened(text, mentions)))  # "at Elm and Whitaker", "a Honda Civic", "Operation Kowhai": no actors
    mentions = surnames_of_people(text, titled_surnames(initialled_people(text, mentions)))  # "Sheriff Greaves"
    mentions = misspelt_surnames(mentions)  # "Peggy Bailey told ... Baily said": her surname, misspelt
    mentions = courtesy_full_names(article.id, text, sentences, mentions)  # "Adrian Prince, ..." beside "Mr. Prince"
    mentions = untagged_full_names(article.id, text, sentences, mentions)  # "services of Eddie Jones" beside "Jones said"
    mentions = article_surname_repeats(article.id, text, sentences, mentions)  # "Hassan al-Kadhimi ... al-Kadhimi said"
    mentions = families_left_out(text, family_first_names(article.id, text, sentences, mentions))  # "Oh Jae-min ... Oh said"
    mentions = noted_writers(things_named(text, mentions, article.title, frozenset(article.italics)), article.noted)
    mentions = turn_label_people(text, people_no_media(text, mentions))  # "Maulvi Sahib: Peace be on you.": a speaker
    mentions = languages_dropped(text, nationals_dropped(text, handles_named(text, mentions)))
    mentions = trade_listed(text, styled_bodies(text, mentions))  # "retailers including Walmart and Target": companies
    mentions = staff_modifiers_dropped(text, trade_openers_dropped(text, mentions))  # "Water company Anglian Water
    # says": no person "Water"; "Election officials changed ...": no body "Election"
    mentions = federal_titles_dropped(text, mentions)  # "U.S. District Judge X": a judge, not the country
    mentions = shouted_verbs_dropped(text, pets_dropped(text, nation_codes_dropped(text, mentions)))  # "(KEN)", "his dog Pepper", "can't VERIFY"
    mentions = office_people(text, mentions)  # "the Pope urged": a person, not a body
    mentions = counties_placed(text, place_police(text, mentions))  # "Cincinnati police said": the town's force; "Co Cork"
    mentions = aged_home_towns(text, mentions)  # "Owen Hale, 38, from Linford,": a town, not a body
    mentions = state_ministries(text, addresses(text, towns_of_bodies(listed_with_companies(text, mentions))))
    mentions = apposed_jobs(text, retyped_roles(text, sentences, mentions, bodies))  # "Eleanor Price, a lawyer for the farmers,": typed a body
    mentions = pronoun_roles(text, mentions)  # "Its chief executive, Marta Olsen,": the body's named before
    mentions = apposed_offices(text, mentions)  # "the Commissioner of Police, CP Yusuf Abdullahi,": his office, no body
    mentions = signed_companies(text, mentions)  # "Coverity, Inc.", "Coverity's technology": a company, not a person
    mentions = headline_company(article, sentences, mentions)  # "Tesla recalls ..." over "The carmaker is recalling"
    mentions = seats_placed(text, mentions)  # "The South Dunmore MLA said:": a seat, no person
    mentions = described_bodies(text, mentions)  # "state forecaster Meteo Valdor ... Meteo Valdor said": the agency at each
    mentions = member_unions(article.id, text, sentences, mentions)  # "the Writers Guild ... the writers union": the guild
    mentions = family_groups(text, filing_parties_dropped(fires_dropped(text, mentions)))  # "the Pell Creek and Sorrel fires": fires; "Plaintiff's yard": a side; "the Okonkwos": a family
    mentions = clock_dates_dropped(text, mentions)  # "on 1:19pm Thu 17 Jan 08", "at 2am (AEST)": a date, a zone
    mentions = land_regions(text, guide_words_dropped(text, mentions))  # "PFC-free", "the Best Tents": no actors; "the Plains": a place
    mentions = predicate_roles(text, sentences, mentions)  # "Owen Tarrant is the director of X. He says"
    mentions = release_towns(text, mentions)  # "DUNMORE, Ohio /Businesswire/ -- ... its Dunmore branch": the town
    mentions = honours_cut(text, label_roles_dropped(text, mentions))  # "OSSIAN PRYDE, BYLINE:": no body "BYLINE"; "X King's Counsel"
    mentions = handle_people(article.id, text, sentences, mentions)  # "kestrel77 posted": a user name, a person
    mentions = makers_unglued(nicknames_named(text, mentions))  # "Mac Apple has": the maker; "the World Court" of the International Court of Justice named before
    mentions = real_names(text, mentions)  # "Vexa Lane (real name: Marta Ostrow)": one person
    mentions = party_bodies(text, business_bodies(mentions))  # "Kwik Leisure, the venue's owner,": a firm; "Fine Gael": a party
    mentions = street_ends(sports_sides(text, saint_places(text, mentions)))  # "the Memphis Grizzlies": a side; "St. Louis": a town
    mentions = service_ranks_dropped(text, awards_dropped(text, mentions))  # "the Oscar telecast": an award; "Navy Capt. X"
    mentions = role_name_words(text, plural_titles_split(text, mentions))  # "Princes X and Y"; "Justice of the Peace Joe M. X"
    mentions = legal_form_people(generation_given_names(text, plural_possessive_names(text, mentions)))  # "the Weinstein Co."
    mentions = kin_given_names(text, mentions)  # "Anna Keller ... Her sister Lotte said": Lotte Keller
    return byline_heads_cut(text, thing_heads_cut(text, mentions))  # "Captain of the Steve Irwin Paul Watson", "2007 Guardian Unlimited X"
