<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CheckInView</name>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/CheckInView.qml" line="21"/>
        <source>Did you experience kindness today?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/CheckInView.qml" line="33"/>
        <source>Tap the face that fits. There is no wrong answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/CheckInView.qml" line="75"/>
        <source>Back to the start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowupView</name>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/FollowupView.qml" line="22"/>
        <source>Thank you, your answer is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/FollowupView.qml" line="32"/>
        <source>Where did you notice kindness?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/FollowupView.qml" line="43"/>
        <source>If you like. You can skip this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/FollowupView.qml" line="83"/>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/HomeView.qml" line="14"/>
        <source>Good morning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/HomeView.qml" line="15"/>
        <source>Good afternoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/HomeView.qml" line="16"/>
        <source>Good evening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/HomeView.qml" line="44"/>
        <source>Welcome to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/HomeView.qml" line="70"/>
        <source>Take a seat, have a look around, and ask us anything. We are glad you are here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/HomeView.qml" line="95"/>
        <location filename="../../kiosk/ui/qml/Kiosk/HomeView.qml" line="118"/>
        <source>Did you experience kindness today?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/HomeView.qml" line="96"/>
        <location filename="../../kiosk/ui/qml/Kiosk/HomeView.qml" line="129"/>
        <source>Tap to answer. One touch, no names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/HomeView.qml" line="141"/>
        <source>Your answer is anonymous. It helps us make this a kinder place.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/Main.qml" line="15"/>
        <source>Kindness Kiosk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThanksView</name>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/ThanksView.qml" line="27"/>
        <source>Thank you for telling us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/ThanksView.qml" line="27"/>
        <source>Thank you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/ThanksView.qml" line="39"/>
        <source>We are sorry to hear that. Our staff are here to help. Please speak to anyone at the desk, we would like to put it right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/ThanksView.qml" line="40"/>
        <source>Your answer helps us make this a kinder place for everyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/ThanksView.qml" line="59"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>checkin</name>
    <message>
        <location filename="../../kiosk/ui/viewmodels/checkin.py" line="23"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/checkin.py" line="24"/>
        <source>Not sure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/checkin.py" line="25"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/checkin.py" line="32"/>
        <source>From staff here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/checkin.py" line="33"/>
        <source>From another visitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/checkin.py" line="34"/>
        <source>Somewhere else</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../kiosk/ui/errors.py" line="10"/>
        <source>Sorry — that did not save. Please try again, or let a member of staff know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/errors.py" line="13"/>
        <source>Thank you — we already have your answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/errors.py" line="15"/>
        <source>The kiosk needs a member of staff to check its settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/errors.py" line="16"/>
        <source>Sorry — something went wrong. Please try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
