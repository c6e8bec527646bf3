"""Sample kindness-wall messages for `kiosk demo` and the screenshots: a warm, believable wall (some pinned,
a few languages, emoji) and three messages waiting for staff, two of which the filter holds back.

Phone numbers are from Ofcom's drama range. Thread: any (pure data).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class SampleMessage:
    text: str
    hours_ago: float
    approved: bool = True
    pinned: bool = False


SAMPLE_MESSAGES: tuple[SampleMessage, ...] = (
    SampleMessage("Welcome to our kindness wall! Noticed someone being kind today? Tell us here — first names "
                  "only, please. ♥", 24 * 20, pinned=True),
    SampleMessage("To the lady at desk 3 who helped me with my forms: thank you. I was so worried and you made "
                  "it simple.", 1.5),
    SampleMessage("The young lad in the library showed me how to video call my grandson. Made my week! 😊", 5),
    SampleMessage("Mòran taing to everyone at reception for the cup of tea while I waited ☕", 9),
    SampleMessage("Today someone held the door for my buggy and then helped me up the step. Small things "
                  "matter.", 27),
    SampleMessage("A kind thing I saw: a man paid for a stranger's bus fare when her card didn't work.", 30),
    SampleMessage("شكرا جزيلا لكم على مساعدتكم اللطيفة", 50),
    SampleMessage("Dziękuję bardzo za pomoc z wnioskiem, Ania! 🙏", 54),
    SampleMessage("Thank you to Sam at counter 12 for being so patient with my mum.", 75),
    SampleMessage("The security guard found my purse and waited with me until my daughter came. A star ⭐", 100),
    SampleMessage("תודה רבה לצוות על העזרה והסבלנות", 130),
    SampleMessage("Thanks to the Tuesday knit and natter group for making me feel at home 🧶", 170),
    # waiting for staff
    SampleMessage("Thank you to the man in the café who gave me his umbrella. I hope you got home dry!", 0.3,
                  approved=False),
    SampleMessage("Jo at the housing desk was brilliant, ring her on 07700 900123 if you need help", 0.6,
                  approved=False),
    SampleMessage("THANK YOU SO MUCH TO EVERYONE AT THE LIBRARY YOU ARE ALL AMAZING", 0.9, approved=False),
)
