pragma ComponentBehavior: Bound
// Staff: one activity or space as a touch-friendly form — what it is, when, where, who and how much,
// contact, access and a photo. Save / Preview / Cancel stay at the top, above the on-screen keyboard; the
// field being typed in is scrolled into view above it (root.keyboardTop). What Save finds wrong is said in
// plain words, naming the field, and the form scrolls to it.
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kiosk

Item {
    id: view
    objectName: "staff.listing.edit"
    required property var shell
    required property var models
    required property var root
    readonly property var editor: models.listingEditor
    readonly property var fields: editor.fields
    readonly property var schedule: editor.schedule
    readonly property var photos: editor.photos
    readonly property var saving: editor.saving
    readonly property real u: root.u
    readonly property bool landscape: width > height
    readonly property bool activity: editor.kind === "activity"
    readonly property real margin: (landscape ? 56 : 48) * u

    // Keeps `item` (a field in the form) in view, above the keyboard when it is up.
    function ensureVisible(item) {
        if (!item || !flick.contentItem)
            return
        const top = item.mapToItem(flick.contentItem, 0, 0).y - 90 * view.u
        const visibleHeight = Math.min(flick.height, view.root.keyboardTop - flick.mapToItem(null, 0, 0).y)
        const bottom = top + item.height + 150 * view.u
        if (top < flick.contentY)
            flick.contentY = Math.max(0, top)
        else if (bottom > flick.contentY + visibleHeight)
            flick.contentY = Math.min(Math.max(0, flick.contentHeight - visibleHeight + flick.bottomMargin),
                                      bottom - visibleHeight)
    }
    function ensureFocusVisible() {
        const item = view.root.activeFocusItem
        if (item && view.isInForm(item))
            view.ensureVisible(item)
    }
    function isInForm(item) {
        for (let p = item; p; p = p.parent)
            if (p === form)
                return true
        return false
    }
    // The item to scroll to for a problem: a field, a weekday chip, a day's opening hours.
    function fieldItem(key) {
        const parts = key.split(".")
        const name = parts[0] === "hours" && parts.length > 1 ? "listing.hours." + parts[1] + ".0"
                   : key === "days" ? "listing.day.MO" : "listing.field." + key
        return view.findNamed(form, name)
    }
    function findNamed(item, name) {
        if (item.objectName === name)
            return item
        for (let i = 0; i < item.children.length; ++i) {
            const found = view.findNamed(item.children[i], name)
            if (found)
                return found
        }
        return null
    }

    Connections {
        target: view.root
        function onActiveFocusItemChanged() { scrollTimer.restart() }
        function onKeyboardTopChanged() { scrollTimer.restart() }
    }
    Connections {
        target: view.fields
        function onProblemKeyChanged() {
            if (view.fields.problemKey !== "") {
                const item = view.fieldItem(view.fields.problemKey)
                if (item)
                    view.ensureVisible(item)
            }
        }
    }
    Connections {  // what a schedule button found wrong is scrolled into view
        target: view.editor.dates
        function onMessageChanged() {
            if (view.editor.dates.message !== "")
                Qt.callLater(() => view.ensureVisible(view.findNamed(form, "listing.dates.message")))
        }
    }
    Timer {  // after the keyboard's slide and the layout have settled
        id: scrollTimer
        interval: 200
        onTriggered: view.ensureFocusVisible()
    }

    // -- the bar: what this is, and Cancel / Preview / Save ---------------------------------------------
    Rectangle {
        id: bar
        z: 2
        width: parent.width
        height: barColumn.implicitHeight + 40 * view.u
        color: Theme.background
        ColumnLayout {
            id: barColumn
            x: view.margin
            y: 20 * view.u
            width: parent.width - 2 * view.margin
            spacing: 16 * view.u
            KioskText {  // portrait: the heading has a line of its own
                visible: !view.landscape
                text: view.editor.heading
                heading: true
                u: view.u
                size: Theme.heading * 0.8
                font.bold: true
                Layout.fillWidth: true
                elide: Text.ElideRight
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: 24 * view.u
                KioskText {
                    objectName: "listing.edit.heading"
                    heading: true
                    text: view.editor.heading
                    u: view.u
                    size: Theme.heading * 0.8
                    font.bold: true
                    Layout.fillWidth: true
                    elide: Text.ElideRight
                    opacity: view.landscape ? 1 : 0
                    Accessible.ignored: !view.landscape  // see-through in portrait: the line above says it
                }
                KioskButton {
                    objectName: "listing.edit.cancel"
                    u: view.u
                    implicitWidth: 220 * view.u
                    fill: Theme.quiet
                    ink: Theme.quietInk
                    text: qsTr("Cancel")
                    onClicked: view.saving.cancel()
                }
                KioskButton {
                    objectName: "listing.edit.preview"
                    u: view.u
                    implicitWidth: 240 * view.u
                    fill: Theme.quiet
                    ink: Theme.quietInk
                    text: qsTr("Preview")
                    onClicked: view.saving.preview()
                }
                KioskButton {
                    objectName: "listing.edit.save"
                    u: view.u
                    implicitWidth: 220 * view.u
                    enabled: !view.saving.busy
                    text: view.saving.busy ? qsTr("Saving…") : qsTr("Save")
                    onClicked: view.saving.save()
                }
            }
            Rectangle {  // what Save found wrong, in plain words
                visible: view.saving.message !== ""
                Layout.fillWidth: true
                implicitHeight: problemText.implicitHeight + 32 * view.u
                radius: 18 * view.u
                color: Theme.noticeBg
                border.color: Theme.noticeInk
                border.width: 2 * view.u
                KioskText {
                    id: problemText
                    objectName: "listing.edit.message"
                    anchors.fill: parent
                    anchors.margins: 16 * view.u
                    text: view.saving.message
                    u: view.u
                    font.bold: true
                    color: Theme.noticeInk
                    wrapMode: Text.WordWrap
                    verticalAlignment: Text.AlignVCenter
                    Accessible.role: Accessible.AlertMessage
                    Accessible.name: text
                }
            }
        }
    }

    // -- the form -----------------------------------------------------------------------------------------
    Flickable {
        id: flick
        objectName: "listing.edit.form"
        anchors.top: bar.bottom
        anchors.bottom: parent.bottom
        width: parent.width
        contentWidth: width
        contentHeight: form.implicitHeight + 96 * view.u
        bottomMargin: Math.max(0, view.height - view.root.screenKeyboardTop)
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar { width: 16 * view.u }

        ColumnLayout {
            id: form
            x: Math.max(view.margin, (flick.width - 1100 * view.u) / 2)
            y: 24 * view.u
            width: Math.min(flick.width - 2 * view.margin, 1100 * view.u)
            spacing: 28 * view.u

            KioskText {
                visible: view.fields.sourceNote !== ""
                text: view.fields.sourceNote
                u: view.u
                size: Theme.small
                color: Theme.inkSoft
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
            }

            // -- what it is --
            SectionHeading { u: view.u; text: view.activity ? qsTr("The activity") : qsTr("The space") }
            FormField {
                id: titleField
                u: view.u; editor: view.fields; key: "title"
                label: qsTr("Title (needed)")
                placeholder: view.activity ? qsTr("e.g. Knit and natter") : qsTr("e.g. Warm space at the library")
                Layout.fillWidth: true
            }
            FormField {
                id: categoryField
                u: view.u; editor: view.fields; key: "category"
                label: qsTr("Category (needed)")
                hint: categoryRepeater.count > 0 ? qsTr("Tap one already in use, or type a new one.") : ""
                Layout.fillWidth: true
            }
            Flow {
                Layout.fillWidth: true
                spacing: 16 * view.u
                visible: categoryRepeater.count > 0
                Repeater {
                    id: categoryRepeater
                    model: view.fields.categories
                    ToggleChip {
                        required property string key
                        required property string label
                        objectName: "listing.category." + key
                        u: view.u
                        text: label
                        on: (view.fields.values["category"] ?? "") === key
                        onClicked: view.fields.chooseCategory(key)
                    }
                }
            }
            FormField {
                u: view.u; editor: view.fields; key: "summary"; multiline: true; boxHeight: 150 * view.u
                label: qsTr("Short description (on the list)")
                placeholder: qsTr("One or two sentences")
                Layout.fillWidth: true
            }
            FormField {
                u: view.u; editor: view.fields; key: "description"; multiline: true
                label: qsTr("Full description (on its own page)")
                Layout.fillWidth: true
            }
            KioskText {
                text: qsTr("Photo")
                u: view.u
                size: Theme.small
                font.bold: true
                Layout.fillWidth: true
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: 24 * view.u
                Rectangle {
                    visible: view.photos.photoUrl !== ""
                    Layout.preferredWidth: 240 * view.u
                    Layout.preferredHeight: 180 * view.u
                    radius: 18 * view.u
                    color: Theme.quiet
                    clip: true
                    Image {
                        objectName: "listing.edit.photo"
                        anchors.fill: parent
                        source: view.photos.photoUrl
                        fillMode: Image.PreserveAspectCrop
                        sourceSize: Qt.size(width, height)
                        asynchronous: true
                        Accessible.role: Accessible.Graphic
                        Accessible.name: qsTr("The listing's photo")
                    }
                }
                KioskButton {
                    objectName: "listing.edit.choosePhoto"
                    u: view.u
                    fill: Theme.quiet
                    ink: Theme.quietInk
                    text: view.photos.photoUrl !== "" ? qsTr("Change photo") : qsTr("Choose a photo")
                    onClicked: view.photos.openPhotos()
                }
                KioskButton {
                    objectName: "listing.edit.removePhoto"
                    visible: view.photos.photoUrl !== ""
                    u: view.u
                    implicitWidth: 260 * view.u
                    fill: Theme.quiet
                    ink: Theme.quietInk
                    text: qsTr("Remove photo")
                    onClicked: view.photos.removePhoto()
                }
                Item { Layout.fillWidth: true }
            }

            // -- when --
            SectionHeading { u: view.u; text: view.activity ? qsTr("When it happens") : qsTr("When it is open") }
            ColumnLayout {  // times kept from an import, which this form cannot show
                visible: view.schedule.keptText !== ""
                Layout.fillWidth: true
                spacing: 16 * view.u
                KioskText {
                    text: qsTr("These times came with an import and are kept as they are:")
                    u: view.u
                    size: Theme.small
                    color: Theme.inkSoft
                    Layout.fillWidth: true
                    wrapMode: Text.WordWrap
                }
                KioskText {
                    text: view.schedule.keptText
                    u: view.u
                    Layout.fillWidth: true
                    wrapMode: Text.WordWrap
                }
                KioskButton {
                    objectName: "listing.edit.newTimes"
                    u: view.u
                    fill: Theme.quiet
                    ink: Theme.quietInk
                    text: qsTr("Set new times")
                    onClicked: view.schedule.setNewTimes()
                }
            }
            ColumnLayout {  // an activity's times (the rule being edited; the others are listed below)
                visible: view.activity && view.schedule.pattern !== "kept"
                Layout.fillWidth: true
                spacing: 24 * view.u
                Flow {
                    Layout.fillWidth: true
                    spacing: 16 * view.u
                    Repeater {
                        model: view.schedule.patterns
                        ToggleChip {
                            required property string key
                            required property string label
                            objectName: "listing.pattern." + key
                            u: view.u
                            text: label
                            on: view.schedule.pattern === key
                            onClicked: view.schedule.setPattern(key)
                        }
                    }
                }
                Flow {  // weekly: which days
                    visible: view.schedule.pattern === "weekly"
                    Layout.fillWidth: true
                    spacing: 16 * view.u
                    Repeater {
                        model: view.schedule.days
                        ToggleChip {
                            required property string key
                            required property string label
                            required property bool chosen
                            objectName: "listing.day." + key
                            u: view.u
                            text: label
                            on: chosen
                            onClicked: view.schedule.toggleDay(key)
                        }
                    }
                }
                KioskText {
                    objectName: view.schedule.notes["days"] ? "listing.note.days" : ""
                    visible: (view.schedule.notes["days"] ?? "") !== ""
                    text: view.schedule.notes["days"] ?? ""
                    u: view.u
                    size: Theme.small
                    font.bold: true
                    Layout.fillWidth: true
                    wrapMode: Text.WordWrap
                }
                ColumnLayout {  // monthly: "2nd Tuesday", "last Friday"
                    visible: view.schedule.pattern === "monthly"
                    Layout.fillWidth: true
                    spacing: 16 * view.u
                    Flow {
                        Layout.fillWidth: true
                        spacing: 16 * view.u
                        Repeater {
                            model: view.schedule.nths
                            ToggleChip {
                                required property string key
                                required property string label
                                objectName: "listing.nth." + key
                                u: view.u
                                text: label
                                on: view.schedule.nth === key
                                onClicked: view.schedule.setNth(key)
                            }
                        }
                    }
                    Flow {
                        Layout.fillWidth: true
                        spacing: 16 * view.u
                        Repeater {
                            model: view.schedule.weekdays
                            ToggleChip {
                                required property string key
                                required property string label
                                objectName: "listing.nthDay." + key
                                u: view.u
                                text: label
                                on: view.schedule.nthDay === key
                                onClicked: view.schedule.setNthDay(key)
                            }
                        }
                    }
                }
                FormField {
                    visible: view.schedule.pattern === "once"
                    u: view.u; editor: view.fields; key: "on"
                    label: qsTr("Date")
                    placeholder: qsTr("e.g. 5/12/2026")
                    inputHints: Qt.ImhPreferNumbers
                    Layout.fillWidth: true
                }
                GridLayout {
                    Layout.fillWidth: true
                    columns: 2
                    columnSpacing: 24 * view.u
                    FormField {
                        u: view.u; editor: view.fields; key: "start"
                        label: qsTr("Starts at")
                        placeholder: qsTr("e.g. 10:00")
                        inputHints: Qt.ImhPreferNumbers
                        Layout.fillWidth: true
                        Layout.alignment: Qt.AlignTop
                    }
                    FormField {
                        u: view.u; editor: view.fields; key: "end"
                        label: qsTr("Ends at")
                        placeholder: qsTr("e.g. 12:30")
                        inputHints: Qt.ImhPreferNumbers
                        Layout.fillWidth: true
                        Layout.alignment: Qt.AlignTop
                    }
                }
            }
            ColumnLayout {  // a space's opening hours: one or two times a day
                visible: !view.activity && view.schedule.keptText === ""
                Layout.fillWidth: true
                spacing: 20 * view.u
                KioskText {
                    text: qsTr("Times like 9:00 and 17:00. A second opening, e.g. after lunch, is optional. Leave a day empty when closed.")
                    u: view.u
                    size: Theme.small
                    color: Theme.inkSoft
                    Layout.fillWidth: true
                    wrapMode: Text.WordWrap
                }
                Repeater {
                    model: view.schedule.hours
                    HoursRow {
                        u: view.u
                        editor: view.schedule
                        landscape: view.landscape
                        Layout.fillWidth: true
                    }
                }
                KioskButton {
                    objectName: "listing.hours.copyMonday"
                    u: view.u
                    fill: Theme.quiet
                    ink: Theme.quietInk
                    text: qsTr("Use Monday's hours for Tuesday to Friday")
                    onClicked: view.schedule.copyHoursToWeekdays("MO")
                }
            }
            ScheduleDates {  // other rules, the next dates (cancel one), closures, extra dates
                dates: view.editor.dates
                fields: view.fields
                schedule: view.schedule
                u: view.u
                activity: view.activity
                landscape: view.landscape
                Layout.fillWidth: true
            }
            GridLayout {
                Layout.fillWidth: true
                columns: 2
                columnSpacing: 24 * view.u
                FormField {
                    u: view.u; editor: view.fields; key: "valid_from"
                    label: qsTr("Showing from (optional)")
                    placeholder: qsTr("e.g. 1/12/2026")
                    inputHints: Qt.ImhPreferNumbers
                    Layout.fillWidth: true
                    Layout.alignment: Qt.AlignTop
                }
                FormField {
                    u: view.u; editor: view.fields; key: "valid_to"
                    label: qsTr("Showing until (optional)")
                    placeholder: qsTr("e.g. 31/3/2027")
                    inputHints: Qt.ImhPreferNumbers
                    Layout.fillWidth: true
                    Layout.alignment: Qt.AlignTop
                }
            }

            // -- where --
            SectionHeading { u: view.u; text: qsTr("Where") }
            FormField {
                u: view.u; editor: view.fields; key: "building"
                label: qsTr("Building (needed)")
                Layout.fillWidth: true
            }
            FormField {
                u: view.u; editor: view.fields; key: "room"
                label: qsTr("Room")
                placeholder: qsTr("e.g. Main hall")
                Layout.fillWidth: true
            }
            FormField {
                u: view.u; editor: view.fields; key: "address"
                label: qsTr("Address")
                Layout.fillWidth: true
            }

            // -- who and how much --
            SectionHeading { u: view.u; text: qsTr("Who it is for, and the cost") }
            FormField {
                u: view.u; editor: view.fields; key: "audience"; multiline: true; boxHeight: 150 * view.u
                label: qsTr("Who it is for")
                placeholder: qsTr("e.g. Everyone welcome; Parents and carers with under-5s")
                Layout.fillWidth: true
            }
            FormField {
                u: view.u; editor: view.fields; key: "organiser"
                label: qsTr("Organiser")
                Layout.fillWidth: true
            }
            Flow {  // booking: one of three, "Not known" included (the kiosk then claims nothing)
                Layout.fillWidth: true
                spacing: 16 * view.u
                Repeater {
                    model: [["drop_in", qsTr("Just drop in — no booking")], ["book", qsTr("Book first")],
                            ["unknown", qsTr("Booking not known")]]
                    ToggleChip {
                        required property var modelData
                        objectName: modelData[0] === "drop_in" ? "listing.dropIn" : "listing.booking." + modelData[0]
                        u: view.u
                        text: modelData[1]
                        on: view.fields.booking === modelData[0]
                        onClicked: view.fields.setBooking(modelData[0])
                    }
                }
            }
            Flow {  // cost: one of three
                Layout.fillWidth: true
                spacing: 16 * view.u
                Repeater {
                    model: [["free", qsTr("Free")], ["paid", qsTr("Costs something")], ["unknown", qsTr("Cost not known")]]
                    ToggleChip {
                        required property var modelData
                        objectName: modelData[0] === "free" ? "listing.free" : "listing.price." + modelData[0]
                        u: view.u
                        text: modelData[1]
                        on: view.fields.priceChoice === modelData[0]
                        onClicked: view.fields.setPriceChoice(modelData[0])
                    }
                }
            }
            FormField {
                visible: view.fields.priceChoice === "paid"
                u: view.u; editor: view.fields; key: "price"
                label: qsTr("Price in pounds")
                hint: qsTr("Leave it empty when the price varies, and say how below.")
                placeholder: qsTr("e.g. 2.50")
                inputHints: Qt.ImhFormattedNumbersOnly
                Layout.fillWidth: true
            }
            FormField {
                visible: view.fields.priceChoice !== "unknown"
                u: view.u; editor: view.fields; key: "price_note"
                label: qsTr("About the price (optional)")
                placeholder: qsTr("e.g. Pay what you can; free for carers")
                Layout.fillWidth: true
            }
            FormField {
                u: view.u; editor: view.fields; key: "languages"
                label: qsTr("Languages spoken")
                placeholder: qsTr("e.g. English, Polish, BSL")
                hint: qsTr("Separate them with commas.")
                Layout.fillWidth: true
            }

            // -- contact --
            SectionHeading { u: view.u; text: qsTr("Contact") }
            FormField {
                u: view.u; editor: view.fields; key: "phone"
                label: qsTr("Phone")
                inputHints: Qt.ImhDialableCharactersOnly
                Layout.fillWidth: true
            }
            FormField {
                u: view.u; editor: view.fields; key: "email"
                label: qsTr("Email")
                inputHints: Qt.ImhEmailCharactersOnly | Qt.ImhNoAutoUppercase
                Layout.fillWidth: true
            }
            FormField {
                u: view.u; editor: view.fields; key: "website"
                label: qsTr("Web link")
                hint: qsTr("Visitors can scan it as a QR code.")
                inputHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoAutoUppercase
                Layout.fillWidth: true
            }

            // -- access --
            SectionHeading { u: view.u; text: qsTr("Access") }
            Flow {
                Layout.fillWidth: true
                spacing: 16 * view.u
                ToggleChip {
                    objectName: "listing.access.unknown"
                    u: view.u
                    text: qsTr("Access not known")
                    on: !view.fields.accessKnown
                    onClicked: view.fields.setAccessKnown(!view.fields.accessKnown)
                }
                Repeater {
                    model: view.fields.features
                    ToggleChip {
                        required property string key
                        required property string label
                        required property bool chosen
                        objectName: "listing.access." + key
                        u: view.u
                        text: label
                        on: chosen
                        onClicked: view.fields.toggleFeature(key)
                    }
                }
            }
            FormField {
                u: view.u; editor: view.fields; key: "access_note"; multiline: true
                label: qsTr("More about access (optional)")
                placeholder: qsTr("e.g. Ramp at the side door; ask at the desk for the loop")
                Layout.fillWidth: true
            }
        }
    }
}
