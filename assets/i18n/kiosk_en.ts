<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name></name>
    <message>
        <location filename="../../kiosk/ui/viewmodels/listing_editor.py" line="54"/>
        <source>listings</source>
        <comment>Title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/listing_editor.py" line="54"/>
        <source>listings</source>
        <comment>Short description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/listing_editor.py" line="55"/>
        <source>listings</source>
        <comment>Full description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/listing_editor.py" line="55"/>
        <source>listings</source>
        <comment>Category</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/listing_editor.py" line="56"/>
        <source>listings</source>
        <comment>Building</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/listing_editor.py" line="56"/>
        <source>listings</source>
        <comment>Room</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/listing_editor.py" line="57"/>
        <source>listings</source>
        <comment>Address</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/listing_editor.py" line="57"/>
        <source>listings</source>
        <comment>Organiser</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/listing_editor.py" line="58"/>
        <source>listings</source>
        <comment>Phone</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/listing_editor.py" line="58"/>
        <source>listings</source>
        <comment>Email</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/listing_editor.py" line="58"/>
        <source>listings</source>
        <comment>Web link</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/listing_editor.py" line="59"/>
        <source>listings</source>
        <comment>Who it is for</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/listing_editor.py" line="59"/>
        <source>listings</source>
        <comment>Languages spoken</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/listing_editor.py" line="60"/>
        <source>listings</source>
        <comment>Price</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/listing_editor.py" line="60"/>
        <source>listings</source>
        <comment>About the price</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/listing_editor.py" line="61"/>
        <source>listings</source>
        <comment>More about access</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/listing_editor.py" line="61"/>
        <source>listings</source>
        <comment>Showing from</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/listing_editor.py" line="62"/>
        <source>listings</source>
        <comment>Showing until</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/listing_editor.py" line="62"/>
        <source>listings</source>
        <comment>Start time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/listing_editor.py" line="63"/>
        <source>listings</source>
        <comment>End time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/listing_editor.py" line="63"/>
        <source>listings</source>
        <comment>Date</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/listing_editor.py" line="63"/>
        <source>listings</source>
        <comment>Days</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/listing_editor.py" line="64"/>
        <source>listings</source>
        <comment>Opening hours</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/listing_editor.py" line="64"/>
        <source>listings</source>
        <comment>Accessibility</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/listing_editor.py" line="65"/>
        <source>listings</source>
        <comment>Photo</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/listing_editor.py" line="65"/>
        <source>listings</source>
        <comment>Listing</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/listing_editor.py" line="65"/>
        <source>listings</source>
        <comment>Kind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/listing_editor.py" line="66"/>
        <source>listings</source>
        <comment>Times</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/listing_editor.py" line="66"/>
        <source>listings</source>
        <comment>Drop-in</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/listing_editor.py" line="70"/>
        <source>listings</source>
        <comment>Opening hours on %1</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/listing_editor.py" line="76"/>
        <source>listings</source>
        <comment>Monday</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/listing_editor.py" line="76"/>
        <source>listings</source>
        <comment>Tuesday</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/listing_editor.py" line="76"/>
        <source>listings</source>
        <comment>Wednesday</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/listing_editor.py" line="77"/>
        <source>listings</source>
        <comment>Thursday</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/listing_editor.py" line="77"/>
        <source>listings</source>
        <comment>Friday</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/listing_editor.py" line="77"/>
        <source>listings</source>
        <comment>Saturday</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/listing_editor.py" line="78"/>
        <source>listings</source>
        <comment>Sunday</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/listing_editor.py" line="90"/>
        <source>listings</source>
        <comment>1st</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/listing_editor.py" line="90"/>
        <source>listings</source>
        <comment>2nd</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/listing_editor.py" line="90"/>
        <source>listings</source>
        <comment>3rd</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/listing_editor.py" line="90"/>
        <source>listings</source>
        <comment>4th</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/listing_editor.py" line="91"/>
        <source>listings</source>
        <comment>Last</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/listing_editor.py" line="99"/>
        <source>listings</source>
        <comment>Every week</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/listing_editor.py" line="99"/>
        <source>listings</source>
        <comment>Once a month</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/listing_editor.py" line="100"/>
        <source>listings</source>
        <comment>One date</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/listing_editor.py" line="154"/>
        <source>listings</source>
        <comment>New activity</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/listing_editor.py" line="154"/>
        <source>listings</source>
        <comment>New space</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/listings_staff.py" line="185"/>
        <source>listings</source>
        <comment>Your change to “%1” was not applied: someone else changed it first.</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/listings_staff.py" line="187"/>
        <source>listings</source>
        <comment>Your change to “%1” was not applied: this listing is not this site&apos;s.</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/listings_staff.py" line="222"/>
        <source>listings</source>
        <comment>Not applied — someone else changed it first</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/listings_staff.py" line="224"/>
        <source>listings</source>
        <comment>Archived here — waiting to reach the other kiosks</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/listings_staff.py" line="226"/>
        <source>listings</source>
        <comment>Saved here — waiting to reach the other kiosks</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/listings_staff.py" line="228"/>
        <source>listings</source>
        <comment>Archived — not shown to visitors</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/listings_staff.py" line="231"/>
        <location filename="../../kiosk/ui/viewmodels/listings_staff.py" line="427"/>
        <source>listings</source>
        <comment>Activity</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/listings_staff.py" line="231"/>
        <location filename="../../kiosk/ui/viewmodels/listings_staff.py" line="427"/>
        <source>listings</source>
        <comment>Space</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/listings_staff.py" line="381"/>
        <source>listings</source>
        <comment>Someone else changed “%1” after you started, so your change was not applied. Nothing is lost: choose which version visitors should see.</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/listings_staff.py" line="391"/>
        <source>listings</source>
        <comment>Shown to visitors</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/listings_staff.py" line="392"/>
        <location filename="../../kiosk/ui/viewmodels/listings_staff.py" line="421"/>
        <source>listings</source>
        <comment>Yes</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/listings_staff.py" line="393"/>
        <location filename="../../kiosk/ui/viewmodels/listings_staff.py" line="421"/>
        <source>listings</source>
        <comment>No</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/listings_staff.py" line="393"/>
        <source>listings</source>
        <comment>No (archived)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/listings_staff.py" line="404"/>
        <source>listings</source>
        <comment>When</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/listings_staff.py" line="404"/>
        <source>listings</source>
        <comment>Where</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/listings_staff.py" line="405"/>
        <source>listings</source>
        <comment>Contact</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/listings_staff.py" line="406"/>
        <source>listings</source>
        <comment>Showing from – until</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/listings_staff.py" line="426"/>
        <source>listings</source>
        <comment>A photo</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/listings_staff.py" line="426"/>
        <source>listings</source>
        <comment>No photo</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/viewmodels/staff.py" line="108"/>
        <location filename="../../kiosk/ui/viewmodels/staff.py" line="137"/>
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
        <location filename="../../kiosk/ui/viewmodels/staff.py" line="139"/>
        <source>staff</source>
        <comment>That PIN is not right. %n tries left.</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/wall_compose.py" line="37"/>
        <source>wall</source>
        <comment>Thank you to…</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/wall_compose.py" line="37"/>
        <source>wall</source>
        <comment>Thank you to </comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/wall_compose.py" line="38"/>
        <source>wall</source>
        <comment>Today someone…</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/wall_compose.py" line="38"/>
        <source>wall</source>
        <comment>Today someone </comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/wall_compose.py" line="39"/>
        <source>wall</source>
        <comment>A kind thing I saw…</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/wall_compose.py" line="39"/>
        <source>wall</source>
        <comment>A kind thing I saw: </comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/wall_compose.py" line="124"/>
        <source>wall</source>
        <comment>A little too long: %1 over the limit. Please shorten it — nothing has been cut.</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/wall_compose.py" line="127"/>
        <source>wall</source>
        <comment>Room for %1 more</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/wall_compose.py" line="148"/>
        <source>wall</source>
        <comment>A few invisible or stacked characters will be left out.</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/wall_compose.py" line="150"/>
        <source>wall</source>
        <comment>Extra line breaks will be joined up.</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/wall_compose.py" line="161"/>
        <source>wall</source>
        <comment>Kind messages go on the wall straight away. A member of staff reads any the kiosk is unsure about first.</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/wall_compose.py" line="163"/>
        <source>wall</source>
        <comment>A member of staff reads every message before it goes on the wall.</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/wall_compose.py" line="267"/>
        <source>wall</source>
        <comment>Thank you for your kind words</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/wall_compose.py" line="268"/>
        <source>wall</source>
        <comment>Thank you</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/wall_compose.py" line="274"/>
        <source>wall</source>
        <comment>Your message is on the wall now.</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/wall_compose.py" line="276"/>
        <source>wall</source>
        <comment>A member of staff will read it before it goes on the wall.</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/wall_compose.py" line="278"/>
        <source>wall</source>
        <comment>Lots of messages have been written here just now, so this one was not sent. Please try again in a few minutes.</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/wall_compose.py" line="281"/>
        <source>wall</source>
        <comment>We already have this message, so it was not sent again.</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/wall_compose.py" line="282"/>
        <source>wall</source>
        <comment>It will appear on the wall once a member of staff has seen it.</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/wall_moderation.py" line="47"/>
        <source>wall</source>
        <comment>Rude or hurtful words</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/wall_moderation.py" line="48"/>
        <source>wall</source>
        <comment>A phone number</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/wall_moderation.py" line="49"/>
        <source>wall</source>
        <comment>An email address</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/wall_moderation.py" line="50"/>
        <source>wall</source>
        <comment>A postcode</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/wall_moderation.py" line="51"/>
        <source>wall</source>
        <comment>A social media name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/wall_moderation.py" line="52"/>
        <source>wall</source>
        <comment>A web link</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/wall_moderation.py" line="53"/>
        <source>wall</source>
        <comment>A long number</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/wall_moderation.py" line="54"/>
        <source>wall</source>
        <comment>Web code (it would show as plain text)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/wall_moderation.py" line="55"/>
        <source>wall</source>
        <comment>Hidden characters (removed)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/wall_moderation.py" line="56"/>
        <source>wall</source>
        <comment>All in capitals</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/wall_moderation.py" line="57"/>
        <source>wall</source>
        <comment>Looks like spam</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/wall_moderation.py" line="58"/>
        <source>wall</source>
        <comment>Too long</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/wall_moderation.py" line="59"/>
        <source>wall</source>
        <comment>Empty</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/wall_moderation.py" line="67"/>
        <source>wall</source>
        <comment>Personal details</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/wall_moderation.py" line="67"/>
        <source>wall</source>
        <comment>Not kind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/wall_moderation.py" line="68"/>
        <source>wall</source>
        <comment>Spam or advert</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/wall_moderation.py" line="68"/>
        <source>wall</source>
        <comment>Other reason</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/wall_moderation.py" line="273"/>
        <source>wall</source>
        <comment>Approved — it is on the wall now.</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/wall_moderation.py" line="274"/>
        <source>wall</source>
        <comment>Pinned — it stays at the top of the wall.</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/wall_moderation.py" line="275"/>
        <source>wall</source>
        <comment>Unpinned.</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/wall_moderation.py" line="276"/>
        <source>wall</source>
        <comment>Rejected — it will not be shown.</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/wall_moderation.py" line="277"/>
        <source>wall</source>
        <comment>Hidden — it has left the wall.</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/wall_moderation.py" line="278"/>
        <source>wall</source>
        <comment>Shown again — it is back on the wall.</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/wall_poster.py" line="30"/>
        <source>wall</source>
        <comment>A4</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/wall_poster.py" line="30"/>
        <source>wall</source>
        <comment>For a noticeboard</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/wall_poster.py" line="31"/>
        <source>wall</source>
        <comment>A3</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/wall_poster.py" line="31"/>
        <source>wall</source>
        <comment>Bigger, for a wall</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/wall_poster.py" line="36"/>
        <source>wall</source>
        <comment>Last 7 days</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/wall_poster.py" line="36"/>
        <source>wall</source>
        <comment>Last 30 days</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/wall_poster.py" line="37"/>
        <source>wall</source>
        <comment>All</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/wall_poster.py" line="129"/>
        <source>wall</source>
        <comment>Every message up to %1</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/wall_poster.py" line="130"/>
        <source>wall</source>
        <comment>%1 to %2</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/wall_poster.py" line="142"/>
        <source>wall</source>
        <comment>Kindness noticed here</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/wall_poster.py" line="144"/>
        <source>wall</source>
        <comment>Kindness noticed here (continued)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/wall_poster.py" line="145"/>
        <source>wall</source>
        <comment>Written by visitors on our kindness kiosk</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/wall_poster.py" line="146"/>
        <source>wall</source>
        <comment>Page {n} of {total}</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/wall_poster.py" line="150"/>
        <source>wall</source>
        <comment>Making the poster…</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/wall_poster.py" line="161"/>
        <source>wall</source>
        <comment>Saved as %1 in the folder %2. Copy it to a staff computer to print it.</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/wall_poster.py" line="173"/>
        <source>wall</source>
        <comment>There are no messages on the wall for these dates yet, so there is nothing to print. Try a longer time.</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/wall_poster.py" line="176"/>
        <source>wall</source>
        <comment>The poster could not be made. Please try again, or make it with `kiosk wall poster` on a staff computer.</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/features/listings_staff.py" line="69"/>
        <source>listings</source>
        <comment>Listings</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/features/listings_staff.py" line="70"/>
        <source>listings</source>
        <comment>Add, change, copy and archive activities and spaces</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/features/wall.py" line="48"/>
        <source>wall</source>
        <comment>Kindness wall</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/features/wall.py" line="48"/>
        <source>wall</source>
        <comment>Read and write thank-you notes</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/features/wall.py" line="49"/>
        <source>wall</source>
        <comment>Kindness wall messages</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/features/wall.py" line="50"/>
        <source>wall</source>
        <comment>Approve, hide or pin visitors&apos; messages</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/features/wall.py" line="51"/>
        <source>wall</source>
        <comment>Print a wall poster</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/features/wall.py" line="52"/>
        <source>wall</source>
        <comment>A4 or A3, of the messages on the wall</comment>
        <translation type="unfinished"></translation>
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
    <name>FormField</name>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/FormField.qml" line="135"/>
        <source>%1 / %2</source>
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
        <location filename="../../kiosk/ui/qml/Kiosk/HomeView.qml" line="50"/>
        <source>Welcome to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/HomeView.qml" line="76"/>
        <source>Take a seat, have a look around, and ask us anything. We are glad you are here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/HomeView.qml" line="101"/>
        <location filename="../../kiosk/ui/qml/Kiosk/HomeView.qml" line="124"/>
        <source>Did you experience kindness today?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/HomeView.qml" line="102"/>
        <location filename="../../kiosk/ui/qml/Kiosk/HomeView.qml" line="135"/>
        <source>Tap to answer. One touch, no names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/HomeView.qml" line="172"/>
        <source>Your answer is anonymous. It helps us make this a kinder place.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HoursRow</name>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/HoursRow.qml" line="34"/>
        <source>opens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/HoursRow.qml" line="34"/>
        <source>closes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/HoursRow.qml" line="41"/>
        <source>%1 opens at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/HoursRow.qml" line="41"/>
        <source>%1 closes at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/HoursRow.qml" line="42"/>
        <source>%1 opens again at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/HoursRow.qml" line="42"/>
        <source>%1 closes again at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/HoursRow.qml" line="53"/>
        <source>%1 — closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/HoursRow.qml" line="66"/>
        <location filename="../../kiosk/ui/qml/Kiosk/HoursRow.qml" line="83"/>
        <source>–</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/HoursRow.qml" line="75"/>
        <source>and</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/HoursRow.qml" line="97"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListingCard</name>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/ListingCard.qml" line="76"/>
        <source>On now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/ListingCard.qml" line="84"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/ListingCard.qml" line="134"/>
        <source>Just drop in — no booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/ListingCard.qml" line="141"/>
        <source>Please book first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListingDetailView</name>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/ListingDetailView.qml" line="118"/>
        <source>Just drop in — no booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/ListingDetailView.qml" line="125"/>
        <source>Please book first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/ListingDetailView.qml" line="156"/>
        <source>Coming up:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/ListingDetailView.qml" line="174"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/ListingDetailView.qml" line="185"/>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/ListingDetailView.qml" line="190"/>
        <source>Who it is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/ListingDetailView.qml" line="194"/>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/ListingDetailView.qml" line="200"/>
        <source>Who runs it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/ListingDetailView.qml" line="204"/>
        <source>Phone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/ListingDetailView.qml" line="207"/>
        <source>Email: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/ListingDetailView.qml" line="211"/>
        <source>Web: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/ListingDetailView.qml" line="217"/>
        <source>Getting in and around</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/ListingDetailView.qml" line="270"/>
        <source>Languages spoken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/ListingDetailView.qml" line="313"/>
        <source>QR code to take this listing with you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/ListingDetailView.qml" line="321"/>
        <source>Take this with you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/ListingDetailView.qml" line="360"/>
        <source>Back to what&apos;s on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListingEditorView</name>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/ListingEditorView.qml" line="130"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/ListingEditorView.qml" line="139"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/ListingEditorView.qml" line="147"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/ListingEditorView.qml" line="147"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/ListingEditorView.qml" line="212"/>
        <source>The activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/ListingEditorView.qml" line="212"/>
        <source>The space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/ListingEditorView.qml" line="216"/>
        <source>Title (needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/ListingEditorView.qml" line="217"/>
        <source>e.g. Knit and natter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/ListingEditorView.qml" line="217"/>
        <source>e.g. Warm space at the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/ListingEditorView.qml" line="223"/>
        <source>Category (needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/ListingEditorView.qml" line="224"/>
        <source>Tap one already in use, or type a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/ListingEditorView.qml" line="247"/>
        <source>Short description (on the list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/ListingEditorView.qml" line="248"/>
        <source>One or two sentences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/ListingEditorView.qml" line="253"/>
        <source>Full description (on its own page)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/ListingEditorView.qml" line="257"/>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/ListingEditorView.qml" line="283"/>
        <source>The listing&apos;s photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/ListingEditorView.qml" line="291"/>
        <source>Change photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/ListingEditorView.qml" line="291"/>
        <source>Choose a photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/ListingEditorView.qml" line="301"/>
        <source>Remove photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/ListingEditorView.qml" line="308"/>
        <source>When it happens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/ListingEditorView.qml" line="308"/>
        <source>When it is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/ListingEditorView.qml" line="314"/>
        <source>These times came with an import and are kept as they are:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/ListingEditorView.qml" line="336"/>
        <source>Set new times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/ListingEditorView.qml" line="430"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/ListingEditorView.qml" line="431"/>
        <source>e.g. 5/12/2026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/ListingEditorView.qml" line="441"/>
        <source>Starts at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/ListingEditorView.qml" line="442"/>
        <source>e.g. 10:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/ListingEditorView.qml" line="449"/>
        <source>Ends at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/ListingEditorView.qml" line="450"/>
        <source>e.g. 12:30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/ListingEditorView.qml" line="462"/>
        <source>Times like 9:00 and 17:00. A second opening, e.g. after lunch, is optional. Leave a day empty when closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/ListingEditorView.qml" line="484"/>
        <source>Use Monday&apos;s hours for Tuesday to Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/ListingEditorView.qml" line="494"/>
        <source>Showing from (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/ListingEditorView.qml" line="495"/>
        <source>e.g. 1/12/2026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/ListingEditorView.qml" line="502"/>
        <source>Showing until (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/ListingEditorView.qml" line="503"/>
        <source>e.g. 31/3/2027</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/ListingEditorView.qml" line="511"/>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/ListingEditorView.qml" line="514"/>
        <source>Building (needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/ListingEditorView.qml" line="519"/>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/ListingEditorView.qml" line="520"/>
        <source>e.g. Main hall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/ListingEditorView.qml" line="525"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/ListingEditorView.qml" line="530"/>
        <source>Who it is for, and the cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/ListingEditorView.qml" line="533"/>
        <source>Who it is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/ListingEditorView.qml" line="534"/>
        <source>e.g. Everyone welcome; Parents and carers with under-5s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/ListingEditorView.qml" line="539"/>
        <source>Organiser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/ListingEditorView.qml" line="548"/>
        <source>Just drop in — no booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/ListingEditorView.qml" line="555"/>
        <source>Free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/ListingEditorView.qml" line="563"/>
        <source>Price in pounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/ListingEditorView.qml" line="564"/>
        <source>Leave it empty when the price varies, and say how below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/ListingEditorView.qml" line="565"/>
        <source>e.g. 2.50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/ListingEditorView.qml" line="571"/>
        <source>About the price (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/ListingEditorView.qml" line="572"/>
        <source>e.g. Pay what you can; free for carers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/ListingEditorView.qml" line="577"/>
        <source>Languages spoken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/ListingEditorView.qml" line="578"/>
        <source>e.g. English, Polish, BSL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/ListingEditorView.qml" line="579"/>
        <source>Separate them with commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/ListingEditorView.qml" line="584"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/ListingEditorView.qml" line="587"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/ListingEditorView.qml" line="593"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/ListingEditorView.qml" line="599"/>
        <source>Web link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/ListingEditorView.qml" line="600"/>
        <source>Visitors can scan it as a QR code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/ListingEditorView.qml" line="606"/>
        <source>Access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/ListingEditorView.qml" line="626"/>
        <source>More about access (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/ListingEditorView.qml" line="627"/>
        <source>e.g. Ramp at the side door; ask at the desk for the loop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListingPhotoView</name>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/ListingPhotoView.qml" line="30"/>
        <source>Choose a photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/ListingPhotoView.qml" line="44"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/ListingPhotoView.qml" line="49"/>
        <source>JPEG, PNG or WebP. Location and camera details are removed, and the photo is turned the right way up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/ListingPhotoView.qml" line="81"/>
        <source>Or type where the photo is:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/ListingPhotoView.qml" line="97"/>
        <source>e.g. /media/usb/photos/lunch-club.jpg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/ListingPhotoView.qml" line="105"/>
        <source>The photo&apos;s file path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/ListingPhotoView.qml" line="119"/>
        <source>Use this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/ListingPhotoView.qml" line="126"/>
        <source>Photos found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/ListingPhotoView.qml" line="140"/>
        <source>Look again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/ListingPhotoView.qml" line="180"/>
        <source>Use %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListingPreviewView</name>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/ListingPreviewView.qml" line="39"/>
        <source>Preview — this is how visitors will see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/ListingPreviewView.qml" line="52"/>
        <source>Back to editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/ListingPreviewView.qml" line="52"/>
        <source>Back to the list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListingStaleView</name>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/ListingStaleView.qml" line="29"/>
        <source>Someone else changed this listing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/ListingStaleView.qml" line="50"/>
        <source>It is no longer on this site&apos;s list, so your change cannot be applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/ListingStaleView.qml" line="70"/>
        <source>Keep theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/ListingStaleView.qml" line="71"/>
        <source>Drop my change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/ListingStaleView.qml" line="80"/>
        <source>Use mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/ListingStaleView.qml" line="81"/>
        <source>Apply my change on top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/ListingStaleView.qml" line="91"/>
        <source>Combine by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/ListingStaleView.qml" line="92"/>
        <source>Open mine in the editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/ListingStaleView.qml" line="101"/>
        <source>Decide later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/ListingStaleView.qml" line="102"/>
        <source>Back to the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/ListingStaleView.qml" line="118"/>
        <source>Their version (showing now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/ListingStaleView.qml" line="129"/>
        <source>Your change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/ListingStaleView.qml" line="169"/>
        <source>%1. Theirs: %2. Yours: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/ListingStaleView.qml" line="193"/>
        <location filename="../../kiosk/ui/qml/Kiosk/ListingStaleView.qml" line="205"/>
        <source>(empty)</source>
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
    <name>StaffListingsView</name>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/StaffListingsView.qml" line="32"/>
        <source>Listings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/StaffListingsView.qml" line="46"/>
        <source>Staff tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/StaffListingsView.qml" line="51"/>
        <source>What visitors see under What&apos;s on. Changes show on this kiosk at once and reach the site&apos;s other kiosks at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/StaffListingsView.qml" line="68"/>
        <source>Add activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/StaffListingsView.qml" line="69"/>
        <source>Sessions at times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/StaffListingsView.qml" line="76"/>
        <source>Add space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/StaffListingsView.qml" line="77"/>
        <source>A place open in hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/StaffListingsView.qml" line="86"/>
        <source>Show archived (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/StaffListingsView.qml" line="124"/>
        <source>Look at both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/StaffListingsView.qml" line="176"/>
        <source>No listings yet. Add an activity or a space — or import a file from Open Referral or OpenActive with: kiosk import-listings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/StaffListingsView.qml" line="243"/>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/StaffListingsView.qml" line="282"/>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/StaffListingsView.qml" line="292"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/StaffListingsView.qml" line="302"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/StaffListingsView.qml" line="313"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/StaffListingsView.qml" line="313"/>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/StaffListingsView.qml" line="322"/>
        <source>Archive “%1”? Visitors will no longer see it. It is kept, and Restore brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/StaffListingsView.qml" line="338"/>
        <source>Yes, archive it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/StaffListingsView.qml" line="350"/>
        <source>Keep showing it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffModerationView</name>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/StaffModerationView.qml" line="28"/>
        <source>Kindness wall messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/StaffModerationView.qml" line="42"/>
        <source>Staff tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/StaffModerationView.qml" line="52"/>
        <source>Waiting (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/StaffModerationView.qml" line="53"/>
        <source>On the wall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/StaffModerationView.qml" line="54"/>
        <source>Taken down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/StaffModerationView.qml" line="127"/>
        <source>%1 · %2 · pinned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/StaffModerationView.qml" line="128"/>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/StaffModerationView.qml" line="146"/>
        <source>The filter noticed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/StaffModerationView.qml" line="162"/>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/StaffModerationView.qml" line="172"/>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/StaffModerationView.qml" line="182"/>
        <source>Approve and pin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/StaffModerationView.qml" line="192"/>
        <source>Unpin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/StaffModerationView.qml" line="192"/>
        <source>Pin to the top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/StaffModerationView.qml" line="202"/>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/StaffModerationView.qml" line="210"/>
        <source>Show on the wall again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/StaffModerationView.qml" line="217"/>
        <source>Why is it not going on the wall?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/StaffModerationView.qml" line="218"/>
        <source>Why is it coming down?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/StaffModerationView.qml" line="253"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/StaffModerationView.qml" line="265"/>
        <source>Nothing is waiting. All caught up!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/StaffModerationView.qml" line="266"/>
        <source>No messages are on the wall yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/StaffModerationView.qml" line="267"/>
        <source>No messages have been taken down.</source>
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
    <name>WallAttract</name>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/WallAttract.qml" line="19"/>
        <source>Show the welcome screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/WallAttract.qml" line="43"/>
        <source>Kind words from our wall</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WallCard</name>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/WallCard.qml" line="43"/>
        <source>“</source>
        <extracomment>The opening quotation mark, drawn large at the top of each wall message</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/WallCard.qml" line="62"/>
        <source>Pinned by staff</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WallComposeView</name>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/WallComposeView.qml" line="41"/>
        <source>Write a kind message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/WallComposeView.qml" line="52"/>
        <source>First names or “the lady at desk 3” are perfect. Please leave out full names, phone numbers and emails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/WallComposeView.qml" line="135"/>
        <source>Who would you like to thank?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/WallComposeView.qml" line="143"/>
        <location filename="../../kiosk/ui/qml/Kiosk/WallComposeView.qml" line="152"/>
        <source>Your message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/WallComposeView.qml" line="172"/>
        <source>This part does not fit: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/WallComposeView.qml" line="205"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/WallComposeView.qml" line="218"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/WallComposeView.qml" line="229"/>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WallPosterView</name>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/WallPosterView.qml" line="34"/>
        <source>Print a wall poster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/WallPosterView.qml" line="48"/>
        <source>Staff tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/WallPosterView.qml" line="53"/>
        <source>The messages on the wall as a poster for a noticeboard, ready to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/WallPosterView.qml" line="62"/>
        <source>Paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/WallPosterView.qml" line="90"/>
        <source>Which messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/WallPosterView.qml" line="122"/>
        <source>Making the poster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/WallPosterView.qml" line="122"/>
        <source>Make the poster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/WallPosterView.qml" line="152"/>
        <source>The poster&apos;s first page</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WallPreviewView</name>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/WallPreviewView.qml" line="24"/>
        <source>This is how it will look on the wall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/WallPreviewView.qml" line="41"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/WallPreviewView.qml" line="67"/>
        <source>Change it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/WallPreviewView.qml" line="75"/>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WallSentView</name>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/WallSentView.qml" line="63"/>
        <source>See the wall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/WallSentView.qml" line="69"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WallView</name>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/WallView.qml" line="34"/>
        <source>Kindness wall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/WallView.qml" line="44"/>
        <source>Thank-you notes from people who visit us. Noticed some kindness today? Add yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/WallView.qml" line="56"/>
        <source>Thank-you notes on the wall: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/WallView.qml" line="76"/>
        <source>Write a message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/WallView.qml" line="77"/>
        <source>It takes a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/WallView.qml" line="89"/>
        <source>Back to the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/WallView.qml" line="118"/>
        <source>Messages on the wall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/WallView.qml" line="185"/>
        <source>No messages on the wall yet. Be the first to thank someone!</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WhatsOnView</name>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/WhatsOnView.qml" line="19"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/WhatsOnView.qml" line="20"/>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/WhatsOnView.qml" line="21"/>
        <source>Open now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/WhatsOnView.qml" line="75"/>
        <source>What&apos;s on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/WhatsOnView.qml" line="85"/>
        <source>Warm, welcoming places you can simply walk into — no booking, no need to say why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/WhatsOnView.qml" line="86"/>
        <source>Groups, activities and help nearby. Most are free, and you can just turn up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/WhatsOnView.qml" line="141"/>
        <location filename="../../kiosk/ui/qml/Kiosk/WhatsOnView.qml" line="322"/>
        <source>Back to the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qml/Kiosk/WhatsOnView.qml" line="306"/>
        <source>One moment…</source>
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
        <location filename="../../kiosk/ui/errors.py" line="17"/>
        <source>That file is not a photo. Please choose a JPEG, PNG or WebP picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/errors.py" line="20"/>
        <source>That photo file is damaged or incomplete — it may not have finished copying. Please copy it again and try once more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/errors.py" line="24"/>
        <source>That picture is far too large to use here. Please choose a smaller copy (for example, one sent by email or saved for the web).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/errors.py" line="28"/>
        <source>This kind of picture (for example HEIC from an iPhone, or GIF) cannot be used on this kiosk. Please save it as JPEG or PNG and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/errors.py" line="32"/>
        <source>That photo could not be read. Is the USB stick still plugged in? Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/errors.py" line="35"/>
        <source>Someone else changed this first. Your change was kept aside for you to look at.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/errors.py" line="38"/>
        <source>That message has changed meanwhile. The list is up to date now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/errors.py" line="40"/>
        <source>The poster could not be made. There may be no messages on the wall for those dates yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/errors.py" line="43"/>
        <source>The kindness wall&apos;s word lists need a member of staff. Until then every message waits for staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/errors.py" line="46"/>
        <source>Sorry — something went wrong. Please try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>listings</name>
    <message>
        <location filename="../../kiosk/ui/viewmodels/listing_editor.py" line="163"/>
        <source>Edit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/listing_editor.py" line="167"/>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/listing_editor.py" line="169"/>
        <source>Copy of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/listing_editor.py" line="206"/>
        <source>and 1 single date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/listing_editor.py" line="207"/>
        <source>and %1 single dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/listing_editor.py" line="242"/>
        <source>Too long: %1 characters, and %2 fit. Please shorten it by %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/listing_editor.py" line="294"/>
        <source>Imported from %1. A new import of the same file may replace changes made here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/listing_editor.py" line="363"/>
        <source>1 hidden control character removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/listing_editor.py" line="364"/>
        <source>%1 hidden control characters removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/listing_editor.py" line="555"/>
        <source>No photos found. Plug in a USB stick, or type the photo&apos;s path below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/listing_editor.py" line="570"/>
        <source>Type the photo&apos;s path first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/listing_editor.py" line="574"/>
        <source>Getting the photo ready…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/listings_staff.py" line="298"/>
        <source>Archived “%1”. Visitors no longer see it; Restore brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/listings_staff.py" line="311"/>
        <source>Restored “%1”. Visitors can see it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/listings_staff.py" line="345"/>
        <source>Saved “%1”. It shows here now and reaches the site&apos;s other kiosks at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/listings_staff.py" line="442"/>
        <source>Kept the other version. Your change was dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/listings_staff.py" line="465"/>
        <source>Your change is saved again, on top of the other one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>staff</name>
    <message>
        <location filename="../../kiosk/ui/viewmodels/staff.py" line="143"/>
        <source>The PIN could not be checked. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wall</name>
    <message>
        <location filename="../../kiosk/ui/viewmodels/wall_moderation.py" line="290"/>
        <source>That message has changed meanwhile; the list is up to date now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/features/wall.py" line="110"/>
        <source>Thank you to </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>whatson</name>
    <message>
        <location filename="../../kiosk/ui/viewmodels/listing_text.py" line="27"/>
        <source>Step-free access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/listing_text.py" line="28"/>
        <source>Hearing loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/listing_text.py" line="29"/>
        <source>Accessible toilet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/listing_text.py" line="30"/>
        <source>Changing Places toilet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/listing_text.py" line="31"/>
        <source>Quiet space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/listing_text.py" line="32"/>
        <source>Accessible parking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/listing_text.py" line="33"/>
        <source>Seats to rest on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/listing_text.py" line="34"/>
        <source>Large print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/listing_text.py" line="35"/>
        <source>British Sign Language (BSL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/listing_text.py" line="36"/>
        <source>Assistance dogs welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/listing_text.py" line="37"/>
        <source>Dementia friendly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/listing_text.py" line="97"/>
        <source>12 noon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/listing_text.py" line="99"/>
        <source>midnight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/listing_text.py" line="105"/>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/listing_text.py" line="109"/>
        <location filename="../../kiosk/ui/viewmodels/listing_text.py" line="215"/>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/listing_text.py" line="125"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/listing_text.py" line="127"/>
        <source>Tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/listing_text.py" line="133"/>
        <source>Today — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/listing_text.py" line="135"/>
        <source>Tomorrow — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/listing_text.py" line="141"/>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/listing_text.py" line="143"/>
        <source>tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/listing_text.py" line="144"/>
        <source>on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/listing_text.py" line="149"/>
        <location filename="../../kiosk/ui/viewmodels/listing_text.py" line="193"/>
        <location filename="../../kiosk/ui/viewmodels/listing_text.py" line="261"/>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/listing_text.py" line="160"/>
        <source>Open now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/listing_text.py" line="162"/>
        <source>Open now until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/listing_text.py" line="163"/>
        <source>Open now until %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/listing_text.py" line="167"/>
        <source>Closed for now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/listing_text.py" line="169"/>
        <source>Opens at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/listing_text.py" line="170"/>
        <source>Opens %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/listing_text.py" line="179"/>
        <source>Free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/listing_text.py" line="181"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/listing_text.py" line="199"/>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/listing_text.py" line="219"/>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/listing_text.py" line="220"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/listing_text.py" line="225"/>
        <source>1st</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/listing_text.py" line="225"/>
        <source>2nd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/listing_text.py" line="226"/>
        <source>3rd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/listing_text.py" line="226"/>
        <source>4th</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/listing_text.py" line="227"/>
        <source>5th</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/listing_text.py" line="227"/>
        <source>last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/listing_text.py" line="228"/>
        <source>second to last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/listing_text.py" line="233"/>
        <source>last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/listing_text.py" line="244"/>
        <source>Every %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/listing_text.py" line="246"/>
        <source>Every other %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/listing_text.py" line="248"/>
        <source>Every %1 weeks on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/listing_text.py" line="251"/>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/listing_text.py" line="254"/>
        <source>the %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/listing_text.py" line="257"/>
        <source>%1 of the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/listing_text.py" line="259"/>
        <source>%1 of every %2 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/listing_text.py" line="273"/>
        <source>Phone %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/whatson.py" line="273"/>
        <source>Sorry — what&apos;s on cannot be shown just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/whatson.py" line="274"/>
        <source>Please ask a member of staff, or try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/whatson.py" line="288"/>
        <source>Everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/whatson.py" line="324"/>
        <source>Nothing is listed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/whatson.py" line="325"/>
        <source>Staff at the desk can tell you what is on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/whatson.py" line="328"/>
        <source>Nothing else on today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/whatson.py" line="330"/>
        <source>Nothing on today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/whatson.py" line="332"/>
        <source>Nothing on this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/whatson.py" line="335"/>
        <source>Nothing is planned for the next few weeks yet. Staff at the desk may know of more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/whatson.py" line="340"/>
        <source>Here is what&apos;s on tomorrow, %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/whatson.py" line="343"/>
        <source>Here is what&apos;s on next, %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/whatson.py" line="348"/>
        <source>Or tap “Everything” to see all that is on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/whatson.py" line="357"/>
        <source>No places to drop in are listed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/whatson.py" line="358"/>
        <source>Staff at the desk can tell you where to go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/whatson.py" line="360"/>
        <source>Nothing is open right now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/whatson.py" line="361"/>
        <source>Here is when each place opens next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/whatson.py" line="371"/>
        <source>Just drop in — no booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/whatson.py" line="373"/>
        <source>Please book first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/whatson.py" line="386"/>
        <source>Sorry, this one is cancelled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/whatson.py" line="388"/>
        <location filename="../../kiosk/ui/viewmodels/whatson.py" line="452"/>
        <source>Sorry, this one is cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/whatson.py" line="393"/>
        <location filename="../../kiosk/ui/viewmodels/whatson.py" line="454"/>
        <source>On now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/whatson.py" line="440"/>
        <source>Closed on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/whatson.py" line="458"/>
        <source>On now, until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/whatson.py" line="461"/>
        <source>Next: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/whatson.py" line="463"/>
        <source>No dates planned at the moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/whatson.py" line="467"/>
        <source>Scan with your phone&apos;s camera to open the web page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/whatson.py" line="469"/>
        <source>Scan with your phone&apos;s camera to keep these details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/whatson.py" line="475"/>
        <source>To book, phone %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/whatson.py" line="476"/>
        <source>To book, email %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/whatson.py" line="477"/>
        <source>Ask at the desk to book.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/whatson.py" line="488"/>
        <source>Opening hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/viewmodels/whatson.py" line="489"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/features/whatson.py" line="49"/>
        <source>What&apos;s on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/features/whatson.py" line="50"/>
        <source>Activities, and places to just drop in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
