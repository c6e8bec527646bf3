<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>CheckInView</name>
    <message>
        <location filename="../../kiosk/checkin/qml/CheckInView.qml" line="25"/>
        <source>Did you experience kindness today?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/qml/CheckInView.qml" line="35"/>
        <source>Tap the face that fits. There is no wrong answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/qml/CheckInView.qml" line="75"/>
        <source>Back to the start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorWords</name>
    <message>
        <location filename="../../kiosk/shell/error_words.py" line="63"/>
        <source>Sorry — that did not save. Please try again, or let a member of staff know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/shell/error_words.py" line="65"/>
        <source>Thank you — we already have your answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/shell/error_words.py" line="67"/>
        <source>The kiosk needs a member of staff to check its settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/shell/error_words.py" line="69"/>
        <source>The kiosk could not reach the central database. It will try again by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/shell/error_words.py" line="72"/>
        <source>That file is not a photo. Please choose a JPEG, PNG or WebP picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/shell/error_words.py" line="74"/>
        <source>That photo file is damaged or incomplete — it may not have finished copying. Please copy it again and try once more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/shell/error_words.py" line="77"/>
        <source>That picture is far too large to use here. Please choose a smaller copy (for example, one sent by email or saved for the web).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/shell/error_words.py" line="80"/>
        <source>This kind of picture (for example HEIC from an iPhone, or GIF) cannot be used on this kiosk. Please save it as JPEG or PNG and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/shell/error_words.py" line="83"/>
        <source>That photo could not be read. Is the USB stick still plugged in? Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/shell/error_words.py" line="86"/>
        <source>Someone else changed this first. Your change was kept aside for you to look at.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/shell/error_words.py" line="88"/>
        <source>That message has changed meanwhile. The list is up to date now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/shell/error_words.py" line="90"/>
        <source>This kiosk never had that message&apos;s words, so it cannot show it. Show it again from the kiosk where it was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/shell/error_words.py" line="93"/>
        <source>The poster could not be made. There may be no messages on the wall for those dates yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/shell/error_words.py" line="96"/>
        <source>The kindness wall&apos;s word lists need a member of staff. Until then every message waits for staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/shell/error_words.py" line="99"/>
        <source>Line %1 (%2): a * may only begin or end a single word.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/shell/error_words.py" line="102"/>
        <source>Line %1 (%2): write words in plain letters; the filter reads digits used as letters by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/shell/error_words.py" line="105"/>
        <source>Line %1 (%2) has no letters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/shell/error_words.py" line="107"/>
        <source>Line %1 (%2): a phrase cannot have a *.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/shell/error_words.py" line="109"/>
        <source>Line %1 (%2) is too short to match safely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/shell/error_words.py" line="112"/>
        <source>Line %1 (%2): an allow list holds single words, without *.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/shell/error_words.py" line="116"/>
        <source>A staff PIN has %1 to %2 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/shell/error_words.py" line="118"/>
        <source>Please choose a PIN that is not all one digit or a simple run like 1234.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/shell/error_words.py" line="121"/>
        <source>%1 is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/shell/error_words.py" line="124"/>
        <source>%1 is %2 characters long; at most %n fit on the screen</source>
        <translation>
            <numerusform>%1 is %2 characters long; at most %n fits on the screen</numerusform>
            <numerusform>%1 is %2 characters long; at most %n fit on the screen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/shell/error_words.py" line="126"/>
        <source>%1: at most %n character(s) fit</source>
        <translation>
            <numerusform>%1: at most %n character fits</numerusform>
            <numerusform>%1: at most %n characters fit</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/shell/error_words.py" line="128"/>
        <source>%1 must be one line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/shell/error_words.py" line="130"/>
        <source>%1: &apos;%2&apos; is not an email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/shell/error_words.py" line="132"/>
        <source>%1: say what it costs, or switch on Free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/shell/error_words.py" line="134"/>
        <source>%1: say what it costs when the price varies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/shell/error_words.py" line="136"/>
        <source>%1: &apos;%2&apos; is not an amount like 2.50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/shell/error_words.py" line="139"/>
        <source>%1: &apos;%2&apos; is not a date like 2026-12-05 or 5/12/2026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/shell/error_words.py" line="140"/>
        <source>%1 must be a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/shell/error_words.py" line="142"/>
        <source>%1: %2 is before the first date, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/shell/error_words.py" line="144"/>
        <source>%1: &apos;%2&apos; is not a time like 09:30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/shell/error_words.py" line="146"/>
        <source>%1: &apos;%2&apos; is not a time of day (00:00 to 23:59)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/shell/error_words.py" line="148"/>
        <source>%1: a session cannot end when it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/shell/error_words.py" line="150"/>
        <source>%1 needs both an opening and a closing time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/shell/error_words.py" line="152"/>
        <source>%1: two openings overlap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/shell/error_words.py" line="154"/>
        <source>%1: give the opening hours of at least one day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/shell/error_words.py" line="156"/>
        <source>%1: choose when it happens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/shell/error_words.py" line="158"/>
        <source>%1: choose which week of the month and which day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/shell/error_words.py" line="160"/>
        <source>%1: a weekly session needs at least one weekday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/shell/error_words.py" line="162"/>
        <source>%1: a monthly session needs a day, like the 2nd Tuesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/shell/error_words.py" line="164"/>
        <source>%1: a day is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/shell/error_words.py" line="166"/>
        <source>%1: a session that skips weeks or months needs a first date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/shell/error_words.py" line="168"/>
        <source>%1: an activity needs at least one session time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/shell/error_words.py" line="170"/>
        <source>%1: the same session is cancelled twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/shell/error_words.py" line="172"/>
        <source>%1: a cancellation needs a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/shell/error_words.py" line="174"/>
        <source>%1: %2 is both left out and cancelled; choose one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/shell/error_words.py" line="176"/>
        <source>%1: a language is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/shell/error_words.py" line="178"/>
        <source>%1: an activity needs session times, not opening hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/shell/error_words.py" line="180"/>
        <source>%1: a space needs opening hours, not session times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/shell/error_words.py" line="182"/>
        <source>This listing was written by a newer kiosk (format %1); this kiosk reads format %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/shell/error_words.py" line="190"/>
        <source>This listing&apos;s data cannot be used (%1). Please check it where it came from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/shell/error_words.py" line="195"/>
        <source>Sorry — something went wrong. Please try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowupView</name>
    <message>
        <location filename="../../kiosk/checkin/qml/FollowupView.qml" line="25"/>
        <source>Thank you, your answer is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/qml/FollowupView.qml" line="34"/>
        <source>Where did you notice kindness?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/qml/FollowupView.qml" line="44"/>
        <source>If you like. You can skip this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/qml/FollowupView.qml" line="82"/>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormField</name>
    <message>
        <location filename="../../kiosk/shell/qml/Kiosk/FormField.qml" line="130"/>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <location filename="../../kiosk/shell/qml/Kiosk/HomeView.qml" line="16"/>
        <source>Good morning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/shell/qml/Kiosk/HomeView.qml" line="17"/>
        <source>Good afternoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/shell/qml/Kiosk/HomeView.qml" line="18"/>
        <source>Good evening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/shell/qml/Kiosk/HomeView.qml" line="52"/>
        <source>Welcome to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/shell/qml/Kiosk/HomeView.qml" line="75"/>
        <source>Take a seat, have a look around, and ask us anything. We are glad you are here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/shell/qml/Kiosk/HomeView.qml" line="98"/>
        <location filename="../../kiosk/shell/qml/Kiosk/HomeView.qml" line="121"/>
        <source>Did you experience kindness today?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/shell/qml/Kiosk/HomeView.qml" line="99"/>
        <location filename="../../kiosk/shell/qml/Kiosk/HomeView.qml" line="132"/>
        <source>Tap to answer. One touch, no names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/shell/qml/Kiosk/HomeView.qml" line="178"/>
        <source>Your answer is anonymous. It helps us make this a kinder place.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HoursRow</name>
    <message>
        <location filename="../../kiosk/whatson/qml/HoursRow.qml" line="35"/>
        <source>opens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/HoursRow.qml" line="35"/>
        <source>closes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/HoursRow.qml" line="42"/>
        <source>%1 opens at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/HoursRow.qml" line="42"/>
        <source>%1 closes at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/HoursRow.qml" line="43"/>
        <source>%1 opens again at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/HoursRow.qml" line="43"/>
        <source>%1 closes again at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/HoursRow.qml" line="54"/>
        <source>%1 — closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/HoursRow.qml" line="65"/>
        <location filename="../../kiosk/whatson/qml/HoursRow.qml" line="78"/>
        <source>–</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/HoursRow.qml" line="71"/>
        <source>and</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/HoursRow.qml" line="89"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <location filename="../../kiosk/shell/qml/Kiosk/LanguagePicker.qml" line="23"/>
        <source>Show the kiosk in this language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListingCard</name>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingCard.qml" line="78"/>
        <source>On now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingCard.qml" line="87"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingCard.qml" line="136"/>
        <source>Just drop in — no booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingCard.qml" line="144"/>
        <source>Please book first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListingDetailView</name>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingDetailView.qml" line="112"/>
        <source>Just drop in — no booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingDetailView.qml" line="119"/>
        <source>Please book first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingDetailView.qml" line="150"/>
        <source>Coming up:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingDetailView.qml" line="167"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingDetailView.qml" line="176"/>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingDetailView.qml" line="181"/>
        <source>Who it is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingDetailView.qml" line="185"/>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingDetailView.qml" line="191"/>
        <source>Who runs it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingDetailView.qml" line="195"/>
        <source>Phone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingDetailView.qml" line="198"/>
        <source>Email: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingDetailView.qml" line="202"/>
        <source>Web: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingDetailView.qml" line="208"/>
        <source>Getting in and around</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingDetailView.qml" line="259"/>
        <source>Languages spoken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingDetailView.qml" line="302"/>
        <source>QR code to take this listing with you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingDetailView.qml" line="310"/>
        <source>Take this with you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingDetailView.qml" line="345"/>
        <source>Back to what&apos;s on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListingEditorView</name>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingEditorView.qml" line="134"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingEditorView.qml" line="143"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingEditorView.qml" line="151"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingEditorView.qml" line="151"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingEditorView.qml" line="213"/>
        <source>The activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingEditorView.qml" line="213"/>
        <source>The space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingEditorView.qml" line="217"/>
        <source>Title (needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingEditorView.qml" line="218"/>
        <source>e.g. Knit and natter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingEditorView.qml" line="218"/>
        <source>e.g. Warm space at the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingEditorView.qml" line="224"/>
        <source>Category (needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingEditorView.qml" line="225"/>
        <source>Tap one already in use, or type a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingEditorView.qml" line="248"/>
        <source>Short description (on the list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingEditorView.qml" line="249"/>
        <source>One or two sentences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingEditorView.qml" line="254"/>
        <source>Full description (on its own page)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingEditorView.qml" line="258"/>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingEditorView.qml" line="282"/>
        <source>The listing&apos;s photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingEditorView.qml" line="290"/>
        <source>Change photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingEditorView.qml" line="290"/>
        <source>Choose a photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingEditorView.qml" line="300"/>
        <source>Remove photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingEditorView.qml" line="307"/>
        <source>When it happens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingEditorView.qml" line="307"/>
        <source>When it is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingEditorView.qml" line="313"/>
        <source>These times came with an import and are kept as they are:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingEditorView.qml" line="331"/>
        <source>Set new times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingEditorView.qml" line="423"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingEditorView.qml" line="424"/>
        <source>e.g. 5/12/2026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingEditorView.qml" line="434"/>
        <source>Starts at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingEditorView.qml" line="435"/>
        <source>e.g. 10:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingEditorView.qml" line="442"/>
        <source>Ends at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingEditorView.qml" line="443"/>
        <source>e.g. 12:30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingEditorView.qml" line="455"/>
        <source>Times like 9:00 and 17:00. A second opening, e.g. after lunch, is optional. Leave a day empty when closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingEditorView.qml" line="476"/>
        <source>Use Monday&apos;s hours for Tuesday to Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingEditorView.qml" line="486"/>
        <source>Showing from (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingEditorView.qml" line="487"/>
        <source>e.g. 1/12/2026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingEditorView.qml" line="494"/>
        <source>Showing until (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingEditorView.qml" line="495"/>
        <source>e.g. 31/3/2027</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingEditorView.qml" line="503"/>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingEditorView.qml" line="506"/>
        <source>Building (needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingEditorView.qml" line="511"/>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingEditorView.qml" line="512"/>
        <source>e.g. Main hall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingEditorView.qml" line="517"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingEditorView.qml" line="522"/>
        <source>Who it is for, and the cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingEditorView.qml" line="525"/>
        <source>Who it is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingEditorView.qml" line="526"/>
        <source>e.g. Everyone welcome; Parents and carers with under-5s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingEditorView.qml" line="531"/>
        <source>Organiser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingEditorView.qml" line="540"/>
        <source>Just drop in — no booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingEditorView.qml" line="547"/>
        <source>Free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingEditorView.qml" line="555"/>
        <source>Price in pounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingEditorView.qml" line="556"/>
        <source>Leave it empty when the price varies, and say how below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingEditorView.qml" line="557"/>
        <source>e.g. 2.50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingEditorView.qml" line="563"/>
        <source>About the price (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingEditorView.qml" line="564"/>
        <source>e.g. Pay what you can; free for carers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingEditorView.qml" line="569"/>
        <source>Languages spoken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingEditorView.qml" line="570"/>
        <source>e.g. English, Polish, BSL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingEditorView.qml" line="571"/>
        <source>Separate them with commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingEditorView.qml" line="576"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingEditorView.qml" line="579"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingEditorView.qml" line="585"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingEditorView.qml" line="591"/>
        <source>Web link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingEditorView.qml" line="592"/>
        <source>Visitors can scan it as a QR code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingEditorView.qml" line="598"/>
        <source>Access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingEditorView.qml" line="618"/>
        <source>More about access (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingEditorView.qml" line="619"/>
        <source>e.g. Ramp at the side door; ask at the desk for the loop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListingPhotoView</name>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingPhotoView.qml" line="31"/>
        <source>Choose a photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingPhotoView.qml" line="44"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingPhotoView.qml" line="49"/>
        <source>JPEG, PNG or WebP. Location and camera details are removed, and the photo is turned the right way up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingPhotoView.qml" line="78"/>
        <source>Or type where the photo is:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingPhotoView.qml" line="92"/>
        <source>e.g. /media/usb/photos/lunch-club.jpg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingPhotoView.qml" line="100"/>
        <source>The photo&apos;s file path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingPhotoView.qml" line="114"/>
        <source>Use this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingPhotoView.qml" line="121"/>
        <source>Photos found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingPhotoView.qml" line="133"/>
        <source>Look again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingPhotoView.qml" line="173"/>
        <source>Use %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListingPreviewView</name>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingPreviewView.qml" line="40"/>
        <source>Preview — this is how visitors will see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingPreviewView.qml" line="50"/>
        <source>Back to editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingPreviewView.qml" line="50"/>
        <source>Back to the list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListingStaleView</name>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingStaleView.qml" line="31"/>
        <source>Someone else changed this listing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingStaleView.qml" line="47"/>
        <source>It is no longer on this site&apos;s list, so your change cannot be applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingStaleView.qml" line="64"/>
        <source>Keep theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingStaleView.qml" line="65"/>
        <source>Drop my change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingStaleView.qml" line="74"/>
        <source>Use mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingStaleView.qml" line="75"/>
        <source>Apply my change on top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingStaleView.qml" line="85"/>
        <source>Combine by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingStaleView.qml" line="86"/>
        <source>Open mine in the editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingStaleView.qml" line="95"/>
        <source>Decide later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingStaleView.qml" line="96"/>
        <source>Back to the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingStaleView.qml" line="112"/>
        <source>Their version (showing now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingStaleView.qml" line="122"/>
        <source>Your change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingStaleView.qml" line="161"/>
        <source>%1. Theirs: %2. Yours: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/ListingStaleView.qml" line="184"/>
        <location filename="../../kiosk/whatson/qml/ListingStaleView.qml" line="195"/>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../../kiosk/shell/qml/Kiosk/Main.qml" line="16"/>
        <source>Kindness Kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/shell/qml/Kiosk/Main.qml" line="44"/>
        <source>Staff access</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffHomeView</name>
    <message>
        <location filename="../../kiosk/staff/qml/StaffHomeView.qml" line="22"/>
        <source>Staff mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/staff/qml/StaffHomeView.qml" line="41"/>
        <source>Visitors cannot see these screens. Staff mode ends when you leave or after a short time without a touch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/staff/qml/StaffHomeView.qml" line="49"/>
        <source>No staff tools are installed on this kiosk yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/staff/qml/StaffHomeView.qml" line="83"/>
        <source>Leave staff mode</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffListingsView</name>
    <message>
        <location filename="../../kiosk/whatson/qml/StaffListingsView.qml" line="33"/>
        <source>Listings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/StaffListingsView.qml" line="46"/>
        <source>Staff tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/StaffListingsView.qml" line="51"/>
        <source>What visitors see under What&apos;s on. Changes show on this kiosk at once and reach the site&apos;s other kiosks at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/StaffListingsView.qml" line="67"/>
        <source>Add activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/StaffListingsView.qml" line="68"/>
        <source>Sessions at times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/StaffListingsView.qml" line="75"/>
        <source>Add space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/StaffListingsView.qml" line="76"/>
        <source>A place open in hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/StaffListingsView.qml" line="85"/>
        <source>Show archived (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/StaffListingsView.qml" line="121"/>
        <source>Look at both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/StaffListingsView.qml" line="170"/>
        <source>No listings yet. Add an activity or a space — or import a file from Open Referral or OpenActive with: kiosk import-listings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/StaffListingsView.qml" line="233"/>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/StaffListingsView.qml" line="272"/>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/StaffListingsView.qml" line="282"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/StaffListingsView.qml" line="292"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/StaffListingsView.qml" line="303"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/StaffListingsView.qml" line="303"/>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/StaffListingsView.qml" line="312"/>
        <source>Archive “%1”? Visitors will no longer see it. It is kept, and Restore brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/StaffListingsView.qml" line="325"/>
        <source>Yes, archive it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/StaffListingsView.qml" line="337"/>
        <source>Keep showing it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffModerationView</name>
    <message>
        <location filename="../../kiosk/wall/qml/StaffModerationView.qml" line="29"/>
        <source>Kindness wall messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/qml/StaffModerationView.qml" line="42"/>
        <source>Staff tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/qml/StaffModerationView.qml" line="52"/>
        <source>Waiting (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/qml/StaffModerationView.qml" line="53"/>
        <source>On the wall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/qml/StaffModerationView.qml" line="54"/>
        <source>Taken down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/qml/StaffModerationView.qml" line="122"/>
        <source>%1 · %2 · pinned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/qml/StaffModerationView.qml" line="123"/>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/qml/StaffModerationView.qml" line="140"/>
        <source>The filter noticed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/qml/StaffModerationView.qml" line="155"/>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/qml/StaffModerationView.qml" line="165"/>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/qml/StaffModerationView.qml" line="175"/>
        <source>Approve and pin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/qml/StaffModerationView.qml" line="185"/>
        <source>Unpin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/qml/StaffModerationView.qml" line="185"/>
        <source>Pin to the top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/qml/StaffModerationView.qml" line="195"/>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/qml/StaffModerationView.qml" line="203"/>
        <source>Show on the wall again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/qml/StaffModerationView.qml" line="210"/>
        <source>Why is it not going on the wall?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/qml/StaffModerationView.qml" line="211"/>
        <source>Why is it coming down?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/qml/StaffModerationView.qml" line="243"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/qml/StaffModerationView.qml" line="255"/>
        <source>Nothing is waiting. All caught up!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/qml/StaffModerationView.qml" line="256"/>
        <source>No messages are on the wall yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/qml/StaffModerationView.qml" line="257"/>
        <source>No messages have been taken down.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffPinView</name>
    <message>
        <location filename="../../kiosk/staff/qml/StaffPinView.qml" line="22"/>
        <source>Staff PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/staff/qml/StaffPinView.qml" line="35"/>
        <source>%n digit(s) typed</source>
        <translation>
            <numerusform>%n digit typed</numerusform>
            <numerusform>%n digits typed</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/staff/qml/StaffPinView.qml" line="72"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/staff/qml/StaffPinView.qml" line="72"/>
        <source>Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/staff/qml/StaffPinView.qml" line="88"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffPulseView</name>
    <message>
        <location filename="../../kiosk/staff/qml/StaffPulseView.qml" line="26"/>
        <source>Welcome to staff mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/staff/qml/StaffPulseView.qml" line="37"/>
        <source>Did you experience kindness at work today?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/staff/qml/StaffPulseView.qml" line="49"/>
        <source>One tap, and no names. Your answer is kept with the site and the date only, and shown only as a monthly count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/staff/qml/StaffPulseView.qml" line="68"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/staff/qml/StaffPulseView.qml" line="69"/>
        <source>Not sure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/staff/qml/StaffPulseView.qml" line="70"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/staff/qml/StaffPulseView.qml" line="124"/>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/staff/qml/StaffPulseView.qml" line="134"/>
        <source>I&apos;ve already answered today</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffViewModel</name>
    <message numerus="yes">
        <location filename="../../kiosk/staff/view_model.py" line="159"/>
        <source>Too many wrong PINs. Please try again in %n minute(s).</source>
        <translation>
            <numerusform>Too many wrong PINs. Please try again in %n minute.</numerusform>
            <numerusform>Too many wrong PINs. Please try again in %n minutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/staff/view_model.py" line="179"/>
        <source>That PIN is not right. %n tries left.</source>
        <translation>
            <numerusform>That PIN is not right. %n try left.</numerusform>
            <numerusform>That PIN is not right. %n tries left.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ThanksView</name>
    <message>
        <location filename="../../kiosk/checkin/qml/ThanksView.qml" line="31"/>
        <source>Thank you for telling us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/qml/ThanksView.qml" line="31"/>
        <source>Thank you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/qml/ThanksView.qml" line="41"/>
        <source>We are sorry to hear that. Our staff are here to help. Please speak to anyone at the desk, we would like to put it right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/qml/ThanksView.qml" line="42"/>
        <source>Your answer helps us make this a kinder place for everyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/qml/ThanksView.qml" line="59"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WallAttractStrip</name>
    <message>
        <location filename="../../kiosk/wall/qml/WallAttractStrip.qml" line="20"/>
        <source>Show the welcome screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/qml/WallAttractStrip.qml" line="45"/>
        <source>Kind words from our wall</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WallCard</name>
    <message>
        <location filename="../../kiosk/wall/qml/WallCard.qml" line="44"/>
        <source>“</source>
        <extracomment>The opening quotation mark, drawn large at the top of each wall message</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/qml/WallCard.qml" line="62"/>
        <source>Pinned by staff</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WallComposeView</name>
    <message>
        <location filename="../../kiosk/wall/qml/WallComposeView.qml" line="43"/>
        <source>Write a kind message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/qml/WallComposeView.qml" line="52"/>
        <source>First names or “the lady at desk 3” are perfect. Please leave out full names, phone numbers and emails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/qml/WallComposeView.qml" line="134"/>
        <source>Who would you like to thank?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/qml/WallComposeView.qml" line="142"/>
        <location filename="../../kiosk/wall/qml/WallComposeView.qml" line="151"/>
        <source>Your message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/qml/WallComposeView.qml" line="169"/>
        <source>This part does not fit: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/qml/WallComposeView.qml" line="201"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/qml/WallComposeView.qml" line="214"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/qml/WallComposeView.qml" line="225"/>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WallPosterView</name>
    <message>
        <location filename="../../kiosk/wall/qml/WallPosterView.qml" line="35"/>
        <source>Print a wall poster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/qml/WallPosterView.qml" line="48"/>
        <source>Staff tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/qml/WallPosterView.qml" line="53"/>
        <source>The messages on the wall as a poster for a noticeboard, ready to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/qml/WallPosterView.qml" line="60"/>
        <source>Paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/qml/WallPosterView.qml" line="86"/>
        <source>Which messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/qml/WallPosterView.qml" line="116"/>
        <source>Making the poster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/qml/WallPosterView.qml" line="116"/>
        <source>Make the poster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/qml/WallPosterView.qml" line="144"/>
        <source>The poster&apos;s first page</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WallPreviewView</name>
    <message>
        <location filename="../../kiosk/wall/qml/WallPreviewView.qml" line="26"/>
        <source>This is how it will look on the wall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/qml/WallPreviewView.qml" line="41"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/qml/WallPreviewView.qml" line="66"/>
        <source>Change it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/qml/WallPreviewView.qml" line="74"/>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WallSentView</name>
    <message>
        <location filename="../../kiosk/wall/qml/WallSentView.qml" line="61"/>
        <source>See the wall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/qml/WallSentView.qml" line="67"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WallView</name>
    <message>
        <location filename="../../kiosk/wall/qml/WallView.qml" line="36"/>
        <source>Kindness wall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/qml/WallView.qml" line="44"/>
        <source>Thank-you notes from people who visit us. Noticed some kindness today? Add yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/qml/WallView.qml" line="54"/>
        <source>Thank-you notes on the wall: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/qml/WallView.qml" line="72"/>
        <source>Write a message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/qml/WallView.qml" line="73"/>
        <source>It takes a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/qml/WallView.qml" line="85"/>
        <source>Back to the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/qml/WallView.qml" line="114"/>
        <source>Messages on the wall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/qml/WallView.qml" line="181"/>
        <source>No messages on the wall yet. Be the first to thank someone!</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WhatsOnView</name>
    <message>
        <location filename="../../kiosk/whatson/qml/WhatsOnView.qml" line="75"/>
        <source>What&apos;s on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/WhatsOnView.qml" line="83"/>
        <source>Warm, welcoming places you can simply walk into — no booking, no need to say why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/WhatsOnView.qml" line="84"/>
        <source>Groups, activities and help nearby. Most are free, and you can just turn up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/WhatsOnView.qml" line="138"/>
        <location filename="../../kiosk/whatson/qml/WhatsOnView.qml" line="313"/>
        <source>Back to the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/qml/WhatsOnView.qml" line="299"/>
        <source>One moment…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>checkin</name>
    <message>
        <location filename="../../kiosk/checkin/view_model.py" line="39"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/view_model.py" line="40"/>
        <source>Not sure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/view_model.py" line="41"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/view_model.py" line="48"/>
        <source>From staff here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/view_model.py" line="49"/>
        <source>From another visitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/checkin/view_model.py" line="50"/>
        <source>Somewhere else</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>listings</name>
    <message>
        <location filename="../../kiosk/whatson/conflict_model.py" line="82"/>
        <source>Someone else changed “%1” after you started, so your change was not applied. Nothing is lost: choose which version visitors should see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/conflict_model.py" line="218"/>
        <source>No (archived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/editor_photo_model.py" line="63"/>
        <source>No photos found. Plug in a USB stick, or type the photo&apos;s path below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/editor_photo_model.py" line="66"/>
        <source>Type the photo&apos;s path first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/editor_photo_model.py" line="68"/>
        <source>Getting the photo ready…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/editor_words.py" line="19"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/editor_words.py" line="20"/>
        <source>Short description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/editor_words.py" line="21"/>
        <source>Full description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/editor_words.py" line="22"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/editor_words.py" line="23"/>
        <source>Building</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/editor_words.py" line="24"/>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/editor_words.py" line="25"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/editor_words.py" line="26"/>
        <source>Organiser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/editor_words.py" line="27"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/editor_words.py" line="28"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/editor_words.py" line="29"/>
        <source>Web link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/editor_words.py" line="30"/>
        <source>Who it is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/editor_words.py" line="31"/>
        <source>Languages spoken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/editor_words.py" line="32"/>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/editor_words.py" line="33"/>
        <source>About the price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/editor_words.py" line="34"/>
        <source>More about access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/editor_words.py" line="35"/>
        <source>Showing from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/editor_words.py" line="36"/>
        <source>Showing until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/editor_words.py" line="37"/>
        <source>Start time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/editor_words.py" line="38"/>
        <source>End time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/editor_words.py" line="39"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/editor_words.py" line="40"/>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/editor_words.py" line="41"/>
        <source>Opening hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/editor_words.py" line="42"/>
        <source>Accessibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/editor_words.py" line="43"/>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/editor_words.py" line="44"/>
        <source>Listing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/editor_words.py" line="45"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/editor_words.py" line="46"/>
        <source>Times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/editor_words.py" line="47"/>
        <source>Drop-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/editor_words.py" line="51"/>
        <source>Opening hours on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/editor_words.py" line="56"/>
        <source>Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/editor_words.py" line="56"/>
        <source>Tuesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/editor_words.py" line="57"/>
        <source>Wednesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/editor_words.py" line="58"/>
        <source>Thursday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/editor_words.py" line="58"/>
        <source>Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/editor_words.py" line="59"/>
        <source>Saturday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/editor_words.py" line="59"/>
        <source>Sunday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/editor_words.py" line="70"/>
        <source>1st</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/editor_words.py" line="70"/>
        <source>2nd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/editor_words.py" line="71"/>
        <source>3rd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/editor_words.py" line="71"/>
        <source>4th</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/editor_words.py" line="72"/>
        <source>Last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/editor_words.py" line="77"/>
        <source>Every week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/editor_words.py" line="78"/>
        <source>Once a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/editor_words.py" line="79"/>
        <source>One date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/editor_words.py" line="91"/>
        <source>1 hidden control character removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/editor_words.py" line="92"/>
        <source>%1 hidden control characters removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/editor_words.py" line="96"/>
        <source>Too long: %1 characters, and %2 fit. Please shorten it by %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/editor_words.py" line="118"/>
        <source>and 1 single date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/editor_words.py" line="120"/>
        <source>and %1 single dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/editor_words.py" line="129"/>
        <source>Imported from %1. A new import of the same file may replace changes made here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/listing_editor.py" line="81"/>
        <source>Edit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/listing_editor.py" line="83"/>
        <source>Copy of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/listing_editor.py" line="85"/>
        <source>New activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/listing_editor.py" line="86"/>
        <source>New space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/listing_editor.py" line="125"/>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/staff_feature.py" line="53"/>
        <source>Listings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/staff_feature.py" line="54"/>
        <source>Add, change, copy and archive activities and spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/staff_words.py" line="43"/>
        <source>Saved “%1”. It shows here now and reaches the site&apos;s other kiosks at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/staff_words.py" line="46"/>
        <source>Archived “%1”. Visitors no longer see it; Restore brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/staff_words.py" line="49"/>
        <source>Restored “%1”. Visitors can see it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/staff_words.py" line="51"/>
        <source>Kept the other version. Your change was dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/staff_words.py" line="53"/>
        <source>Your change is saved again, on top of the other one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/staff_words.py" line="59"/>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/staff_words.py" line="60"/>
        <source>Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/staff_words.py" line="66"/>
        <source>Not applied — someone else changed it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/staff_words.py" line="68"/>
        <source>Archived here — waiting to reach the other kiosks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/staff_words.py" line="71"/>
        <source>Saved here — waiting to reach the other kiosks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/staff_words.py" line="73"/>
        <source>Archived — not shown to visitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/staff_words.py" line="79"/>
        <source>Your change to “%1” was not applied: someone else changed it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/staff_words.py" line="82"/>
        <source>Your change to “%1” was not applied: this listing is not this site&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/staff_words.py" line="102"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/staff_words.py" line="103"/>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/staff_words.py" line="104"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/staff_words.py" line="106"/>
        <source>Showing from – until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/staff_words.py" line="107"/>
        <source>Shown to visitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/staff_words.py" line="112"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/staff_words.py" line="112"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/staff_words.py" line="128"/>
        <source>A photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/staff_words.py" line="129"/>
        <source>No photo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>staff</name>
    <message>
        <location filename="../../kiosk/staff/view_model.py" line="144"/>
        <source>The PIN has at least 4 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/staff/view_model.py" line="165"/>
        <source>No staff PIN is set on this kiosk yet. Set one with: kiosk staff set-pin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/staff/view_model.py" line="183"/>
        <source>The PIN could not be checked. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/staff/pulse/model.py" line="26"/>
        <source>Thank you. Your answer is in, with no name on it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wall</name>
    <message>
        <location filename="../../kiosk/wall/compose_model.py" line="31"/>
        <source>Thank you to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/compose_model.py" line="32"/>
        <location filename="../../kiosk/wall/scenes.py" line="26"/>
        <source>Thank you to </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/compose_model.py" line="34"/>
        <source>Today someone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/compose_model.py" line="35"/>
        <source>Today someone </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/compose_model.py" line="36"/>
        <source>A kind thing I saw…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/compose_model.py" line="37"/>
        <source>A kind thing I saw: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/compose_model.py" line="119"/>
        <source>A little too long: %1 over the limit. Please shorten it — nothing has been cut.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/compose_model.py" line="123"/>
        <source>Room for %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/compose_model.py" line="143"/>
        <source>A few invisible or stacked characters will be left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/compose_model.py" line="145"/>
        <source>Extra line breaks will be joined up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/compose_model.py" line="152"/>
        <source>Kind messages go on the wall straight away. A member of staff reads any the kiosk is unsure about first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/compose_model.py" line="155"/>
        <source>A member of staff reads every message before it goes on the wall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/feature.py" line="51"/>
        <source>Kindness wall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/feature.py" line="52"/>
        <source>Read and write thank-you notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/feature.py" line="53"/>
        <source>Kindness wall messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/feature.py" line="54"/>
        <source>Approve, hide or pin visitors&apos; messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/feature.py" line="55"/>
        <source>Print a wall poster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/feature.py" line="56"/>
        <source>A4 or A3, of the messages on the wall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/moderation_model.py" line="51"/>
        <source>Rude or hurtful words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/moderation_model.py" line="52"/>
        <source>A phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/moderation_model.py" line="53"/>
        <source>An email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/moderation_model.py" line="54"/>
        <source>A postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/moderation_model.py" line="55"/>
        <source>A social media name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/moderation_model.py" line="56"/>
        <source>A web link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/moderation_model.py" line="57"/>
        <source>A long number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/moderation_model.py" line="58"/>
        <source>Web code (it would show as plain text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/moderation_model.py" line="59"/>
        <source>Hidden characters (removed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/moderation_model.py" line="60"/>
        <source>All in capitals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/moderation_model.py" line="61"/>
        <source>Looks like spam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/moderation_model.py" line="62"/>
        <source>Too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/moderation_model.py" line="63"/>
        <source>Empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/moderation_model.py" line="73"/>
        <source>Personal details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/moderation_model.py" line="74"/>
        <source>Not kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/moderation_model.py" line="75"/>
        <source>Spam or advert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/moderation_model.py" line="76"/>
        <source>Other reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/moderation_model.py" line="83"/>
        <source>Approved — it is on the wall now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/moderation_model.py" line="84"/>
        <source>Pinned — it stays at the top of the wall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/moderation_model.py" line="85"/>
        <source>Unpinned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/moderation_model.py" line="86"/>
        <source>Rejected — it will not be shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/moderation_model.py" line="87"/>
        <source>Hidden — it has left the wall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/moderation_model.py" line="88"/>
        <source>Shown again — it is back on the wall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/poster_model.py" line="36"/>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/poster_model.py" line="36"/>
        <source>For a noticeboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/poster_model.py" line="37"/>
        <source>A3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/poster_model.py" line="37"/>
        <source>Bigger, for a wall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/poster_model.py" line="42"/>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/poster_model.py" line="44"/>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/poster_model.py" line="45"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/poster_model.py" line="101"/>
        <source>Making the poster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/poster_model.py" line="106"/>
        <source>Saved as %1 in the folder %2. Copy it to a staff computer to print it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/poster_model.py" line="155"/>
        <source>Every message up to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/poster_model.py" line="156"/>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/poster_model.py" line="167"/>
        <source>Kindness noticed here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/poster_model.py" line="169"/>
        <source>Kindness noticed here (continued)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/poster_model.py" line="170"/>
        <source>Written by visitors on our kindness kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/poster_model.py" line="171"/>
        <source>Page {n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/send_model.py" line="69"/>
        <source>Thank you for your kind words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/send_model.py" line="70"/>
        <source>Thank you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/send_model.py" line="75"/>
        <source>Your message is on the wall now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/send_model.py" line="77"/>
        <source>A member of staff will read it before it goes on the wall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/send_model.py" line="79"/>
        <source>Lots of messages have been written here just now, so this one was not sent. Please try again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/send_model.py" line="83"/>
        <source>We already have this message, so it was not sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/wall/send_model.py" line="84"/>
        <source>It will appear on the wall once a member of staff has seen it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>whatson</name>
    <message>
        <location filename="../../kiosk/whatson/detail_model.py" line="119"/>
        <source>On now, until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/detail_model.py" line="121"/>
        <source>Next: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/detail_model.py" line="122"/>
        <source>No dates planned at the moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/detail_model.py" line="133"/>
        <source>Opening hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/detail_model.py" line="134"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/detail_model.py" line="160"/>
        <source>To book, phone %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/detail_model.py" line="162"/>
        <source>To book, email %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/detail_model.py" line="163"/>
        <source>Ask at the desk to book.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/detail_model.py" line="240"/>
        <source>Scan with your phone&apos;s camera to open the web page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/detail_model.py" line="241"/>
        <source>Scan with your phone&apos;s camera to keep these details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/detail_model.py" line="296"/>
        <source>Closed on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/detail_model.py" line="301"/>
        <location filename="../../kiosk/whatson/listing_rows.py" line="65"/>
        <source>Sorry, this one is cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/detail_model.py" line="302"/>
        <location filename="../../kiosk/whatson/listing_rows.py" line="70"/>
        <source>On now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/feature.py" line="54"/>
        <source>What&apos;s on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/feature.py" line="55"/>
        <source>Activities, and places to just drop in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/listing_rows.py" line="33"/>
        <location filename="../../kiosk/whatson/listing_text.py" line="134"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/listing_rows.py" line="35"/>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/listing_rows.py" line="36"/>
        <location filename="../../kiosk/whatson/listing_text.py" line="169"/>
        <source>Open now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/listing_rows.py" line="42"/>
        <source>Everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/listing_rows.py" line="48"/>
        <source>Just drop in — no booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/listing_rows.py" line="50"/>
        <source>Please book first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/listing_rows.py" line="63"/>
        <source>Sorry, this one is cancelled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/listing_text.py" line="30"/>
        <source>Step-free access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/listing_text.py" line="31"/>
        <source>Hearing loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/listing_text.py" line="32"/>
        <source>Accessible toilet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/listing_text.py" line="33"/>
        <source>Changing Places toilet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/listing_text.py" line="34"/>
        <source>Quiet space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/listing_text.py" line="35"/>
        <source>Accessible parking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/listing_text.py" line="36"/>
        <source>Seats to rest on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/listing_text.py" line="37"/>
        <source>Large print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/listing_text.py" line="38"/>
        <source>British Sign Language (BSL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/listing_text.py" line="39"/>
        <source>Assistance dogs welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/listing_text.py" line="40"/>
        <source>Dementia friendly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/listing_text.py" line="106"/>
        <source>12 noon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/listing_text.py" line="108"/>
        <source>midnight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/listing_text.py" line="114"/>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/listing_text.py" line="118"/>
        <location filename="../../kiosk/whatson/listing_text.py" line="223"/>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/listing_text.py" line="136"/>
        <source>Tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/listing_text.py" line="142"/>
        <source>Today — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/listing_text.py" line="144"/>
        <source>Tomorrow — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/listing_text.py" line="150"/>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/listing_text.py" line="152"/>
        <source>tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/listing_text.py" line="153"/>
        <source>on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/listing_text.py" line="158"/>
        <location filename="../../kiosk/whatson/listing_text.py" line="202"/>
        <location filename="../../kiosk/whatson/listing_text.py" line="266"/>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/listing_text.py" line="171"/>
        <source>Open now until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/listing_text.py" line="172"/>
        <source>Open now until %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/listing_text.py" line="176"/>
        <source>Closed for now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/listing_text.py" line="178"/>
        <source>Opens at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/listing_text.py" line="179"/>
        <source>Opens %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/listing_text.py" line="188"/>
        <source>Free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/listing_text.py" line="190"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/listing_text.py" line="208"/>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/listing_text.py" line="226"/>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/listing_text.py" line="227"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/listing_text.py" line="230"/>
        <source>1st</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/listing_text.py" line="230"/>
        <source>2nd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/listing_text.py" line="231"/>
        <source>3rd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/listing_text.py" line="231"/>
        <source>4th</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/listing_text.py" line="232"/>
        <source>5th</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/listing_text.py" line="232"/>
        <source>last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/listing_text.py" line="233"/>
        <source>second to last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/listing_text.py" line="238"/>
        <source>last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/listing_text.py" line="249"/>
        <source>Every %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/listing_text.py" line="251"/>
        <source>Every other %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/listing_text.py" line="253"/>
        <source>Every %1 weeks on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/listing_text.py" line="256"/>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/listing_text.py" line="259"/>
        <source>the %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/listing_text.py" line="262"/>
        <source>%1 of the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/listing_text.py" line="264"/>
        <source>%1 of every %2 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/listing_text.py" line="278"/>
        <source>Phone %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/lists_model.py" line="91"/>
        <source>Sorry — what&apos;s on cannot be shown just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/lists_model.py" line="93"/>
        <source>Nothing is listed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/lists_model.py" line="95"/>
        <source>Nothing on today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/lists_model.py" line="97"/>
        <source>Nothing else on today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/lists_model.py" line="99"/>
        <source>Nothing on this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/lists_model.py" line="101"/>
        <source>No places to drop in are listed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/lists_model.py" line="103"/>
        <source>Nothing is open right now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/lists_model.py" line="112"/>
        <source>Please ask a member of staff, or try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/lists_model.py" line="117"/>
        <source>Staff at the desk can tell you what is on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/lists_model.py" line="119"/>
        <source>Staff at the desk can tell you where to go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/lists_model.py" line="121"/>
        <source>Here is when each place opens next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/lists_model.py" line="124"/>
        <source>Nothing is planned for the next few weeks yet. Staff at the desk may know of more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/lists_model.py" line="127"/>
        <source>Here is what&apos;s on tomorrow, %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/lists_model.py" line="130"/>
        <source>Here is what&apos;s on next, %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/whatson/lists_model.py" line="133"/>
        <source>Or tap “Everything” to see all that is on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
