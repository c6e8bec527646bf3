"""Sample listings for `kiosk demo`: a Scottish service centre's week, so "What's on" and "Open now" look alive.

Dates are worked out from the site's `today` (the one-off swap is next Saturday, a walk is cancelled the
week after next, the library closes on the next Scottish public holidays), so the demo never looks stale.
Ids are stable (uuid5), so seeding twice updates rather than duplicates. Phone numbers are from Ofcom's
drama range and addresses are made up. Thread: any (pure data).
"""

from __future__ import annotations

import uuid
from datetime import date, time, timedelta

from kiosk.whatson.rules.listings import FREE, AccessFeature, Accessibility, Contact, Kind, Listing, Place, Price
from kiosk.whatson.rules.schedules import Cancellation, OneOff, OpeningHours, Recurring, Sessions, rule_dates

DEMO_NAMESPACE = uuid.UUID("6f1c7a52-3a1e-5a4e-9d0c-2f4b8c1e7d90")

HUB = "Riverside Community Hub"
HUB_ADDRESS = "12 Kelvin Street, Glasgow G3 7AB"
LIBRARY = "Riverside Library"
LIBRARY_ADDRESS = "20 Kelvin Street, Glasgow G3 7AD"
CENTRE = "Riverside Customer Service Centre"
CENTRE_ADDRESS = "45 Argyle Walk, Glasgow G3 8QX"
A = AccessFeature


def demo_id(slug: str) -> uuid.UUID:
    return uuid.uuid5(DEMO_NAMESPACE, f"demo/{slug}")


def _next(day_code: str, after: date, within: int = 7) -> date:
    """The first `day_code` weekday after `after` (rrule does the counting)."""
    rule = Recurring.weekly(day_code, "00:00", "00:01")
    return rule_dates(rule, after + timedelta(days=1), after + timedelta(days=within))[0]


def _public_holidays(today: date) -> frozenset[date]:
    """Christmas, Boxing Day and the two New Year days (Scotland), this year and next."""
    days = ((12, 25), (12, 26), (1, 1), (1, 2))
    return frozenset(date(y, m, d) for y in (today.year, today.year + 1) for m, d in days)


def demo_listings(today: date) -> tuple[Listing, ...]:
    """A building's week: the six regulars the issue names (café, knit and natter, warm space, advice drop-in,
    walk, sitooterie), a one-off swap and a late-night safe space first (in that order, which tests rely on),
    then the rest of the week's groups, classes and spaces (`_the_rest_of_the_week`)."""
    return _first_eight(today) + _the_rest_of_the_week(today)


def _first_eight(today: date) -> tuple[Listing, ...]:
    season_start = today - timedelta(days=120)
    walk = Recurring.weekly("MO", "11:00", "12:00", starts_on=season_start)
    walk_cancelled = rule_dates(walk, today + timedelta(days=8), today + timedelta(days=14))[0]
    return (
        Listing(
            id=demo_id("community-cafe"), kind=Kind.ACTIVITY, title="Community café morning", category="Food & drink",
            summary="Tea, coffee, hot toast and a blether. Pay what you can.",
            description="Pop in for a cuppa and some company. Volunteers serve tea, coffee, toast and home "
                        "baking; soup on Fridays. There is a play corner for wee ones and the papers to read.\n"
                        "Nobody is ever turned away for not being able to pay.",
            place=Place(HUB, "Main hall", HUB_ADDRESS), organiser="Riverside Community Hub volunteers",
            contact=Contact(phone="0141 496 0123", email="hello@riverside-hub.example"),
            price=Price(0, note="Pay what you can"), audience="Everyone welcome, all ages", drop_in=True,
            accessibility=Accessibility(frozenset({A.STEP_FREE, A.ACCESSIBLE_TOILET, A.HEARING_LOOP, A.SEATING}),
                                        "Level entrance from Kelvin Street. Hearing loop at the serving hatch."),
            languages=("English", "Polish"),
            schedule=Sessions((Recurring.weekly("WE,FR", "10:00", "12:00", starts_on=season_start),))),
        Listing(
            id=demo_id("knit-and-natter"), kind=Kind.ACTIVITY, title="Knit and natter", category="Social",
            summary="Bring your knitting or crochet — or learn from scratch. Needles and wool provided.",
            description="A friendly group who knit, crochet and chat. Beginners are very welcome: someone will "
                        "show you how to cast on. We make blankets and hats for the neonatal unit.",
            place=Place(LIBRARY, "Community room, first floor", LIBRARY_ADDRESS),
            organiser="Riverside Library and volunteers", contact=Contact(phone="0141 496 0456"),
            price=FREE, audience="Adults of all abilities", drop_in=True,
            accessibility=Accessibility(frozenset({A.STEP_FREE, A.QUIET_SPACE, A.ACCESSIBLE_TOILET}),
                                        "Lift to the first floor."),
            languages=("English", "Scots"),
            schedule=Sessions((Recurring.weekly("TH", "14:00", "16:00", starts_on=season_start),))),
        Listing(
            id=demo_id("library-warm-space"), kind=Kind.SPACE, title="Warm space at the library",
            category="Warm spaces",
            summary="Somewhere warm to sit, with free hot drinks, Wi-Fi and phone charging.",
            description="Come in out of the cold. Comfy chairs, free tea and coffee, Wi-Fi, phone chargers, "
                        "newspapers and jigsaws. Staff can help you get online or find advice. No need to "
                        "borrow a book or say why you are here.",
            place=Place(LIBRARY, "Reading room, ground floor", LIBRARY_ADDRESS), organiser="Riverside Library",
            contact=Contact(phone="0141 496 0456"), price=FREE, audience="Everyone welcome", drop_in=True,
            accessibility=Accessibility(frozenset({A.STEP_FREE, A.ACCESSIBLE_TOILET, A.QUIET_SPACE, A.SEATING,
                                                   A.LARGE_PRINT, A.ASSISTANCE_DOGS})),
            languages=("English",),
            schedule=OpeningHours.of({"MO,TU,WE,TH": [("10:00", "20:00")], "FR": [("10:00", "17:00")],
                                      "SA": [("10:00", "16:00")]}, closures=_public_holidays(today))),
        Listing(
            id=demo_id("benefits-advice"), kind=Kind.ACTIVITY, title="Benefits and money advice drop-in",
            category="Advice",
            summary="Free, confidential help with benefits, Universal Credit, debt and energy bills.",
            description="Trained advisers can check you are getting everything you are entitled to, help with "
                        "forms and appeals, and talk through debt or fuel bills. Bring any letters you have. "
                        "On the 2nd Tuesday of the month there is an evening session for people who work.",
            place=Place(CENTRE, "Interview rooms, ground floor", CENTRE_ADDRESS),
            organiser="Money Matters advice team", contact=Contact(phone="0141 496 0789", website="https://example.org/money"),
            price=FREE, audience="Anyone living in the city", drop_in=True,
            accessibility=Accessibility(frozenset({A.STEP_FREE, A.HEARING_LOOP, A.ACCESSIBLE_TOILET, A.BSL,
                                                   A.QUIET_SPACE}),
                                        "BSL interpreter on request — ask at reception. Private rooms available."),
            languages=("English", "Arabic", "Urdu"),
            schedule=Sessions((Recurring.weekly("TU", "10:00", "13:00", starts_on=season_start),
                               Recurring.monthly("2TU", "17:00", "19:00", starts_on=season_start)))),
        Listing(
            id=demo_id("health-walk"), kind=Kind.ACTIVITY, title="Health walk along the Kelvin",
            category="Getting active",
            summary="A gentle hour's walk with trained walk leaders. Longer walk on the last Friday.",
            description="An easy-paced walk on flat paths along the Kelvin Walkway, about 45 minutes, with a "
                        "chat and a cuppa back at the hub. On the last Friday of the month we go further, to "
                        "the Botanic Gardens. Wear comfy shoes and bring a waterproof.",
            place=Place(HUB, "Meet at the front door", HUB_ADDRESS), organiser="Riverside walk leaders",
            contact=Contact(phone="0141 496 0123"), price=FREE,
            audience="Adults; walking aids and buggies welcome", drop_in=True,
            accessibility=Accessibility(frozenset({A.STEP_FREE, A.ASSISTANCE_DOGS}),
                                        "Flat, surfaced paths with benches along the way."),
            languages=("English",),
            schedule=Sessions((walk, Recurring.monthly("-1FR", "10:30", "12:30", starts_on=season_start)),
                              cancellations=(Cancellation(walk_cancelled, "Walk leader away — back next week"),))),
        Listing(
            id=demo_id("sitooterie"), kind=Kind.SPACE, title="The sitooterie", category="Outdoors",
            summary="A sheltered garden corner with benches — somewhere to sit oot and take a breather.",
            description="Our garden sitooterie has sheltered benches, raised planters looked after by the "
                        "gardening group, and a wee book swap box. Open every day; come through the café.",
            place=Place(HUB, "Back garden, through the café", HUB_ADDRESS), organiser="Riverside Community Hub",
            price=FREE, audience="Everyone welcome", drop_in=True,
            accessibility=Accessibility(frozenset({A.STEP_FREE, A.SEATING, A.QUIET_SPACE, A.ASSISTANCE_DOGS})),
            schedule=OpeningHours.of({"MO,TU,WE,TH,FR,SA,SU": [("09:00", "19:00")]})),
        Listing(
            id=demo_id("coat-swap"), kind=Kind.ACTIVITY, title="Winter coat and school uniform swap",
            category="Community",
            summary="Take what you need, leave what you can. Coats, jackets, boots and uniforms.",
            description="Bring clean coats, boots and school uniform your family has grown out of — or just come "
                        "and take what fits. Everything is free.",
            place=Place(HUB, "Main hall", HUB_ADDRESS), organiser="Riverside Parent Council",
            price=FREE, audience="Families and anyone who needs a warm coat", drop_in=True,
            accessibility=Accessibility(frozenset({A.STEP_FREE, A.ACCESSIBLE_TOILET})),
            languages=("English", "Polish", "Ukrainian"),
            schedule=Sessions((OneOff.at(_next("SA", today), "10:00", "13:00"),))),
        Listing(
            id=demo_id("late-safe-space"), kind=Kind.SPACE, title="Late-night safe space", category="Warm spaces",
            summary="A warm drink, phone charging and somewhere safe to wait for a lift home.",
            description="Volunteers open the church hall on Friday and Saturday nights: hot drinks, a seat, "
                        "phone chargers, flip-flops and first aid. Somewhere safe to wait for a taxi or a friend.",
            place=Place("Kelvin Street Church Hall", "", "3 Kelvin Street, Glasgow G3 7AA"),
            organiser="Street Pastors and Riverside volunteers", contact=Contact(phone="0141 496 0999"),
            price=FREE, audience="Anyone out in town late at night", drop_in=True,
            accessibility=Accessibility(frozenset({A.STEP_FREE, A.ACCESSIBLE_TOILET, A.SEATING})),
            languages=("English",),
            schedule=OpeningHours.of({"FR,SA": [(time(21), time(3))]})),
    )


CHURCH_HALL = "Kelvin Street Church Hall"
CHURCH_HALL_ADDRESS = "3 Kelvin Street, Glasgow G3 7AA"


def _the_rest_of_the_week(today: date) -> tuple[Listing, ...]:
    """Fourteen more, so every day has a few things on — mornings, afternoons and some evenings — including
    one that needs booking, ones with a small charge, monthly ones and more places to drop in."""
    season_start = today - timedelta(days=120)
    weekdays = {"MO,TU,WE,TH,FR": [("09:00", "16:30")]}
    return (
        Listing(
            id=demo_id("chair-exercise"), kind=Kind.ACTIVITY, title="Chair-based exercise", category="Getting active",
            summary="Gentle, seated exercise to music to keep you moving. Go at your own pace.",
            description="A friendly instructor leads 45 minutes of gentle movement you can do sitting down, "
                        "followed by a cup of tea. Good for balance, strength and a laugh. Wear comfy clothes.",
            place=Place(HUB, "Main hall", HUB_ADDRESS), organiser="Riverside Community Hub",
            contact=Contact(phone="0141 496 0123"), price=Price(200, note="or free if money is tight"),
            audience="Older adults, and anyone who finds standing exercise hard", drop_in=True,
            accessibility=Accessibility(frozenset({A.STEP_FREE, A.SEATING, A.ACCESSIBLE_TOILET, A.HEARING_LOOP,
                                                   A.DEMENTIA_FRIENDLY})),
            languages=("English",),
            schedule=Sessions((Recurring.weekly("MO,TH", "11:00", "12:00", starts_on=season_start),))),
        Listing(
            id=demo_id("digital-drop-in"), kind=Kind.ACTIVITY, title="Digital drop-in: phones, tablets and forms",
            category="Learning",
            summary="Patient help with your phone, tablet or laptop — or with forms you have to fill in online.",
            description="Volunteers help with whatever you are stuck on: video calls with family, online "
                        "banking, booking a GP appointment, Universal Credit journals. Bring your own device or "
                        "use one of ours. There are no silly questions.",
            place=Place(LIBRARY, "Computer area, ground floor", LIBRARY_ADDRESS), organiser="Riverside Library",
            contact=Contact(phone="0141 496 0456", website="https://example.org/riverside-library"),
            price=FREE, audience="Adults", drop_in=True,
            accessibility=Accessibility(frozenset({A.STEP_FREE, A.LARGE_PRINT, A.ACCESSIBLE_TOILET, A.SEATING})),
            languages=("English", "Polish"),
            schedule=Sessions((Recurring.weekly("TU", "14:00", "16:00", starts_on=season_start),
                               Recurring.weekly("FR", "10:00", "12:00", starts_on=season_start)))),
        Listing(
            id=demo_id("bookbug"), kind=Kind.ACTIVITY, title="Bookbug: songs and rhymes", category="Families",
            summary="Half an hour of songs, stories and rhymes for babies and toddlers. A lovely way to meet "
                    "other families.",
            description="Bookbug sessions are free and fun, with songs, rhymes and a story. Come as you are — "
                        "nobody minds a wee one wandering about. Stay afterwards for a cuppa and a play.",
            place=Place(LIBRARY, "Children's library", LIBRARY_ADDRESS), organiser="Riverside Library",
            contact=Contact(phone="0141 496 0456"),
            price=FREE, audience="Babies and children under 5 with their grown-ups", drop_in=True,
            accessibility=Accessibility(frozenset({A.STEP_FREE, A.ACCESSIBLE_TOILET}),
                                        "Buggy parking by the lift. Baby changing in the accessible toilet."),
            languages=("English", "Gaelic"),
            schedule=Sessions((Recurring.weekly("WE,SA", "10:30", "11:00", starts_on=season_start),))),
        Listing(
            id=demo_id("mens-shed"), kind=Kind.ACTIVITY, title="Riverside Men's Shed", category="Social",
            summary="Woodwork, repairs, tea and blether in a well-kitted workshop.",
            description="Fix a chair, make a bird box, learn to use the tools or just come for the company. The "
                        "shed is run by its members; newcomers are shown round and made welcome.",
            place=Place("Riverside Men's Shed", "The workshop", "Unit 4, Kelvin Yard, Glasgow G3 7BE"),
            organiser="Riverside Men's Shed members", contact=Contact(phone="0141 496 0321"),
            price=Price(None, note="Donations welcome"), audience="Adults — mostly men, everyone welcome",
            drop_in=True,
            accessibility=Accessibility(frozenset({A.STEP_FREE, A.ACCESSIBLE_PARKING, A.SEATING}),
                                        "Parking at the door. The workshop can be noisy; there is a quiet brew room."),
            languages=("English",),
            schedule=Sessions((Recurring.weekly("TU,TH", "10:00", "15:00", starts_on=season_start),))),
        Listing(
            id=demo_id("community-lunch"), kind=Kind.ACTIVITY, title="Thursday community lunch",
            category="Food & drink",
            summary="Soup, a hot main and a pudding at a shared table. Please book so we cook enough.",
            description="Soup, a hot main (always a vegetarian choice) and a pudding, cooked by volunteers and "
                        "eaten together. Tell us about any allergies when you book. Lifts can be arranged.",
            place=Place(HUB, "Main hall", HUB_ADDRESS), organiser="Riverside Community Hub volunteers",
            contact=Contact(phone="0141 496 0123", email="hello@riverside-hub.example"),
            price=Price(300, note="free if money is tight"), audience="Adults, especially anyone eating alone",
            drop_in=False,
            accessibility=Accessibility(frozenset({A.STEP_FREE, A.ACCESSIBLE_TOILET, A.HEARING_LOOP,
                                                   A.DEMENTIA_FRIENDLY, A.SEATING})),
            languages=("English",),
            schedule=Sessions((Recurring.weekly("TH", "12:00", "13:30", starts_on=season_start),))),
        Listing(
            id=demo_id("food-larder"), kind=Kind.ACTIVITY, title="Community food larder", category="Food & drink",
            summary="Choose a bag of fresh food and store-cupboard basics for a small weekly charge.",
            description="The larder has fresh fruit and veg, bread, dairy and tins, and you choose what you "
                        "need. It is a members' shop, not a food bank: no referral and no questions. Bring a bag "
                        "if you can.",
            place=Place(HUB, "Side room", HUB_ADDRESS), organiser="Riverside Community Hub",
            contact=Contact(phone="0141 496 0123"), price=Price(350, note="for about £15 of shopping"),
            audience="Anyone living nearby", drop_in=True,
            accessibility=Accessibility(frozenset({A.STEP_FREE, A.ACCESSIBLE_TOILET})),
            languages=("English", "Arabic", "Ukrainian"),
            schedule=Sessions((Recurring.weekly("MO,FR", "13:00", "15:00", starts_on=season_start),))),
        Listing(
            id=demo_id("esol-conversation"), kind=Kind.ACTIVITY, title="English conversation group (ESOL)",
            category="Learning",
            summary="Practise everyday English over tea, with friendly volunteers. All levels.",
            description="Relaxed conversation in small groups: shopping, doctors, school letters, the weather. "
                        "Volunteers can point you to free ESOL classes in the city.",
            place=Place(LIBRARY, "Community room, first floor", LIBRARY_ADDRESS),
            organiser="Riverside Library and Glasgow ESOL volunteers", contact=Contact(phone="0141 496 0456"),
            price=FREE, audience="Adults learning English", drop_in=True,
            accessibility=Accessibility(frozenset({A.STEP_FREE, A.ACCESSIBLE_TOILET, A.QUIET_SPACE}),
                                        "Lift to the first floor."),
            languages=("English", "Arabic", "Ukrainian", "Polish", "Farsi"),
            schedule=Sessions((Recurring.weekly("MO", "13:00", "14:30", starts_on=season_start),))),
        Listing(
            id=demo_id("riverside-voices"), kind=Kind.ACTIVITY, title="Riverside Voices community choir",
            category="Music & arts",
            summary="A friendly choir singing pop, folk and Scots songs. No auditions, no reading music.",
            description="Everyone can sing. We learn by ear, laugh a lot and sing at the hub's winter fair. Your "
                        "first evening is free, so come and see if you like it.",
            place=Place(CHURCH_HALL, "", CHURCH_HALL_ADDRESS), organiser="Riverside Voices",
            contact=Contact(phone="0141 496 0777", website="https://example.org/riverside-voices"),
            price=Price(300, note="first evening free"), audience="Adults of any voice", drop_in=True,
            accessibility=Accessibility(frozenset({A.STEP_FREE, A.ACCESSIBLE_TOILET, A.SEATING, A.HEARING_LOOP})),
            languages=("English", "Scots"),
            schedule=Sessions((Recurring.weekly("WE", "18:30", "20:00", starts_on=season_start),))),
        Listing(
            id=demo_id("gaelic-cafe"), kind=Kind.ACTIVITY, title="Cafaidh Gàidhlig: Gaelic conversation café",
            category="Learning",
            summary="Chat in Gaelic over a coffee, whether you are fluent or have just started.",
            description="Tables for beginners, learners and fluent speakers, so everyone finds someone to talk "
                        "to. Fàilte oirbh uile — all welcome.",
            place=Place(LIBRARY, "Reading room, ground floor", LIBRARY_ADDRESS), organiser="Riverside Library",
            price=FREE, audience="Adults", drop_in=True,
            accessibility=Accessibility(frozenset({A.STEP_FREE, A.ACCESSIBLE_TOILET})),
            languages=("Gaelic", "English"),
            schedule=Sessions((Recurring.monthly("1WE", "18:00", "19:30", starts_on=season_start),))),
        Listing(
            id=demo_id("carers-cuppa"), kind=Kind.ACTIVITY, title="Carers' cuppa", category="Health & wellbeing",
            summary="Time out for unpaid carers: a cuppa, a chat and advice if you want it.",
            description="If you look after someone, this hour is for you. A carers' support worker is there to "
                        "talk about breaks, money and your own health. Bring the person you care for if that is "
                        "easier.",
            place=Place(CENTRE, "Meeting room 2", CENTRE_ADDRESS), organiser="Glasgow West Carers Centre",
            contact=Contact(phone="0141 496 0654"), price=FREE, audience="Unpaid carers of any age", drop_in=True,
            accessibility=Accessibility(frozenset({A.STEP_FREE, A.CHANGING_PLACES, A.HEARING_LOOP, A.BSL,
                                                   A.ACCESSIBLE_PARKING}),
                                        "BSL interpreter on request — ask at reception."),
            languages=("English",),
            schedule=Sessions((Recurring.monthly("-1TH", "13:00", "14:30", starts_on=season_start),))),
        Listing(
            id=demo_id("sunday-lunch"), kind=Kind.ACTIVITY, title="Sunday lunch club", category="Food & drink",
            summary="Roast dinner and good company, so nobody has to spend Sunday alone.",
            description="A proper Sunday dinner served at 12:30 in the church hall, then tea, a quiz or dominoes. "
                        "Run by the congregation and neighbours; everyone is welcome whatever their faith.",
            place=Place(CHURCH_HALL, "", CHURCH_HALL_ADDRESS), organiser="Kelvin Street Church and neighbours",
            contact=Contact(phone="0141 496 0999"), price=Price(0, note="Pay what you can"),
            audience="Everyone welcome", drop_in=True,
            accessibility=Accessibility(frozenset({A.STEP_FREE, A.ACCESSIBLE_TOILET, A.SEATING,
                                                   A.DEMENTIA_FRIENDLY})),
            languages=("English",),
            schedule=Sessions((Recurring.weekly("SU", "12:30", "14:30", starts_on=season_start),))),
        Listing(
            id=demo_id("youth-drop-in"), kind=Kind.ACTIVITY, title="Youth drop-in", category="Young people",
            summary="Pool, music, games and snacks — a safe, warm place to hang out with friends.",
            description="Youth workers run the hub on Thursday evenings for young people aged 11 to 16: pool and "
                        "table tennis, a games console, music, free toast and someone to talk to if things are "
                        "hard at home or school.",
            place=Place(HUB, "Main hall", HUB_ADDRESS), organiser="Riverside youth work team",
            contact=Contact(phone="0141 496 0123"), price=FREE, audience="Young people aged 11 to 16", drop_in=True,
            accessibility=Accessibility(frozenset({A.STEP_FREE, A.ACCESSIBLE_TOILET, A.QUIET_SPACE})),
            languages=("English",),
            schedule=Sessions((Recurring.weekly("TH", "18:00", "20:30", starts_on=season_start),))),
        Listing(
            id=demo_id("hub-warm-welcome"), kind=Kind.SPACE, title="Warm welcome at the hub", category="Warm spaces",
            summary="Sofas, free tea and soup at lunchtime. Stay as long as you like.",
            description="The hub's café corner is open to everyone on weekdays: a warm seat, free hot drinks, "
                        "soup from 12 until it runs out, board games and the day's papers. Staff can help you "
                        "find advice or a group.",
            place=Place(HUB, "Café corner", HUB_ADDRESS), organiser="Riverside Community Hub",
            contact=Contact(phone="0141 496 0123"), price=FREE, audience="Everyone welcome", drop_in=True,
            accessibility=Accessibility(frozenset({A.STEP_FREE, A.ACCESSIBLE_TOILET, A.SEATING, A.HEARING_LOOP,
                                                   A.DEMENTIA_FRIENDLY})),
            languages=("English", "Polish"),
            schedule=OpeningHours.of(weekdays, closures=_public_holidays(today))),
        Listing(
            id=demo_id("centre-quiet-room"), kind=Kind.SPACE, title="Quiet room", category="Quiet spaces",
            summary="A calm, softly lit room to sit, breathe or wait in peace.",
            description="If the centre feels busy or loud, the quiet room is yours: soft light, comfy chairs, "
                        "water and tissues. Ask at reception and we will show you the way.",
            place=Place(CENTRE, "Ground floor, beside reception", CENTRE_ADDRESS),
            organiser="Riverside Customer Service Centre", price=FREE, audience="Everyone", drop_in=True,
            accessibility=Accessibility(frozenset({A.STEP_FREE, A.QUIET_SPACE, A.SEATING, A.CHANGING_PLACES,
                                                   A.ASSISTANCE_DOGS, A.DEMENTIA_FRIENDLY})),
            schedule=OpeningHours.of({"MO,TU,WE,TH": [("09:00", "17:00")], "FR": [("09:30", "16:30")]},
                                     closures=_public_holidays(today))),
    )
