<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name></name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/viewmodels/staff.py" line="108"/>
        <location filename="../../kiosk/ui/viewmodels/staff.py" line="136"/>
        <source>staff</source>
        <comment>Too many wrong PINs. Please try again in %n minute(s).</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/staff.py" line="111"/>
        <source>staff</source>
        <comment>The PIN has at least 4 digits.</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/staff.py" line="126"/>
        <source>staff</source>
        <comment>No staff PIN is set on this kiosk yet. Set one with: kiosk staff set-pin</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/viewmodels/staff.py" line="138"/>
        <source>staff</source>
        <comment>That PIN is not right. %n tries left.</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckInView</name>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/CheckInView.qml" line="23"/>
        <source>Did you experience kindness today?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/CheckInView.qml" line="35"/>
        <source>Tap the face that fits. There is no wrong answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/CheckInView.qml" line="76"/>
        <source>Back to the start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowupView</name>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/FollowupView.qml" line="24"/>
        <source>Thank you, your answer is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/FollowupView.qml" line="34"/>
        <source>Where did you notice kindness?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/FollowupView.qml" line="45"/>
        <source>If you like. You can skip this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/FollowupView.qml" line="85"/>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/HomeView.qml" line="16"/>
        <source>Good morning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/HomeView.qml" line="17"/>
        <source>Good afternoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/HomeView.qml" line="18"/>
        <source>Good evening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/HomeView.qml" line="46"/>
        <source>Welcome to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/HomeView.qml" line="72"/>
        <source>Take a seat, have a look around, and ask us anything. We are glad you are here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/HomeView.qml" line="97"/>
        <location filename="../../kiosk/ui/qml/Kiosk/HomeView.qml" line="120"/>
        <source>Did you experience kindness today?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/HomeView.qml" line="98"/>
        <location filename="../../kiosk/ui/qml/Kiosk/HomeView.qml" line="131"/>
        <source>Tap to answer. One touch, no names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/HomeView.qml" line="143"/>
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
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/Main.qml" line="43"/>
        <source>Staff access</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffHomeView</name>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/StaffHomeView.qml" line="21"/>
        <source>Staff mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/StaffHomeView.qml" line="30"/>
        <source>Visitors cannot see these screens. Staff mode ends when you leave or after a short time without a touch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/StaffHomeView.qml" line="40"/>
        <source>No staff tools are installed on this kiosk yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/StaffHomeView.qml" line="77"/>
        <source>Leave staff mode</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffPinView</name>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/StaffPinView.qml" line="21"/>
        <source>Staff PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/qml/Kiosk/StaffPinView.qml" line="35"/>
        <source>%n digit(s) typed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/StaffPinView.qml" line="75"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/StaffPinView.qml" line="75"/>
        <source>Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/StaffPinView.qml" line="91"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThanksView</name>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/ThanksView.qml" line="29"/>
        <source>Thank you for telling us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/ThanksView.qml" line="29"/>
        <source>Thank you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/ThanksView.qml" line="41"/>
        <source>We are sorry to hear that. Our staff are here to help. Please speak to anyone at the desk, we would like to put it right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/ThanksView.qml" line="42"/>
        <source>Your answer helps us make this a kinder place for everyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/ThanksView.qml" line="61"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>checkin</name>
    <message>
        <location filename="../../kiosk/ui/viewmodels/checkin.py" line="32"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/checkin.py" line="33"/>
        <source>Not sure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/checkin.py" line="34"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/checkin.py" line="41"/>
        <source>From staff here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/checkin.py" line="42"/>
        <source>From another visitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/checkin.py" line="43"/>
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
<context>
    <name>staff</name>
    <message>
        <location filename="../../kiosk/ui/viewmodels/staff.py" line="142"/>
        <source>The PIN could not be checked. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
