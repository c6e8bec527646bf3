pragma ComponentBehavior: Bound
// The schedule part of the office's listing editor (ListingEditor.qml): an activity's pattern (every week on
// chosen days, once a month, one date) and times with its other rules, or a space's opening hours; the next
// dates with "Cancel this date" (a reason visitors see) and "Undo cancel"; a closure for a range of days.
// Its buttons are the kiosk editor's own (kiosk.whatson.editor_schedule_model, editor_dates_model).
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kiosk

ColumnLayout {
    id: root
    required property var editor
    property real u: 0.5
    readonly property var fields: root.editor.fields
    readonly property var schedule: root.editor.schedule
    readonly property var dates: root.editor.dates
    readonly property bool activity: root.editor.kind === "activity"
    spacing: 12 * u

    KioskText { u: root.u; size: Theme.button; font.bold: true; heading: true; Layout.fillWidth: true; Layout.topMargin: 18 * root.u; text: root.activity ? qsTr("When") : qsTr("Opening hours") }
    KioskText {
        visible: root.schedule.keptText !== ""
        text: root.schedule.keptText
        u: root.u
        size: Theme.small
        Layout.fillWidth: true
        wrapMode: Text.WordWrap
    }
    OfficeButton {
        visible: root.schedule.pattern === "kept" && !root.activity
        objectName: "office.listing.setNewTimes"
        text: qsTr("Set new times")
        quiet: true
        u: root.u
        onClicked: root.schedule.setNewTimes()
    }
    // an activity: its pattern, days and times
    Flow {
        visible: root.activity
        Layout.fillWidth: true
        spacing: 10 * root.u
        Repeater {
            model: root.schedule.patterns
            ToggleChip {
                u: root.u
                implicitHeight: 64 * root.u
                required property string key
                required property string label
                objectName: "office.listing.pattern." + key
                text: label
                on: root.schedule.pattern === key
                onClicked: root.schedule.setPattern(key)
            }
        }
    }
    Flow {
        visible: root.activity && root.schedule.pattern === "weekly"
        Layout.fillWidth: true
        spacing: 10 * root.u
        Repeater {
            model: root.schedule.days
            ToggleChip {
                u: root.u
                implicitHeight: 64 * root.u
                required property string key
                required property string label
                required property bool chosen
                objectName: "office.listing.day." + key
                text: label
                on: chosen
                onClicked: root.schedule.toggleDay(key)
            }
        }
    }
    RowLayout {
        visible: root.activity && root.schedule.pattern === "monthly"
        spacing: 12 * root.u
        OfficeChoice {
            u: root.u
            name: qsTr("Which week of the month")
            implicitWidth: 260 * root.u
            model: root.schedule.nths
            textRole: "label"
            valueRole: "key"
            onActivated: root.schedule.setNth(currentValue)
            Component.onCompleted: currentIndex = Math.max(0, indexOfValue(root.schedule.nth))
        }
        OfficeChoice {
            u: root.u
            name: qsTr("Day of the week")
            implicitWidth: 320 * root.u
            model: root.schedule.weekdays
            textRole: "label"
            valueRole: "key"
            onActivated: root.schedule.setNthDay(currentValue)
            Component.onCompleted: currentIndex = Math.max(0, indexOfValue(root.schedule.nthDay))
        }
    }
    FormField { u: root.u; editor: root.fields; boxHeight: 200 * root.u; Layout.fillWidth: true; visible: root.activity && root.schedule.pattern === "once"; key: "on"; label: qsTr("Date") }
    RowLayout {
        visible: root.activity && root.schedule.pattern !== "kept"
        Layout.fillWidth: true
        spacing: 16 * root.u
        FormField { u: root.u; editor: root.fields; boxHeight: 200 * root.u; Layout.fillWidth: true; key: "start"; label: qsTr("Start time") }
        FormField { u: root.u; editor: root.fields; boxHeight: 200 * root.u; Layout.fillWidth: true; key: "end"; label: qsTr("End time") }
    }
    KioskText {
        visible: text !== ""
        text: root.schedule.notes.days ?? ""
        u: root.u
        size: Theme.small
        font.bold: true
        Layout.fillWidth: true
        wrapMode: Text.WordWrap
    }
    Repeater {  // an activity's other rules
        model: root.activity ? root.dates.rules : null
        RowLayout {
            id: rule
            required property int index
            required property string label
            required property bool editable
            Layout.fillWidth: true
            KioskText { text: rule.label; u: root.u; size: Theme.small; Layout.fillWidth: true }
            OfficeButton { visible: rule.editable; text: qsTr("Edit"); quiet: true; u: root.u; onClicked: root.dates.editRule(rule.index) }
            OfficeButton { text: qsTr("Remove"); quiet: true; u: root.u; onClicked: root.dates.removeRule(rule.index) }
        }
    }
    // a space: one or two openings per weekday
    Repeater {
        model: root.activity ? null : root.schedule.hours
        RowLayout {
            id: day
            required property string key
            required property string label
            required property string open1
            required property string close1
            required property string open2
            required property string close2
            Layout.fillWidth: true
            spacing: 10 * root.u
            KioskText { text: day.label; u: root.u; size: Theme.small; Layout.preferredWidth: 220 * root.u }
            Repeater {
                model: [[day.open1, qsTr("opens")], [day.close1, qsTr("closes")],
                        [day.open2, qsTr("opens again")], [day.close2, qsTr("closes again")]]
                TextField {
                    id: slot
                    required property var modelData
                    required property int index
                    objectName: "office.listing.hours." + day.key + "." + index
                    text: modelData[0]
                    placeholderText: modelData[1]
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.small * root.u
                    Layout.preferredWidth: 190 * root.u
                    Accessible.role: Accessible.EditableText
                    Accessible.name: day.label + ", " + modelData[1]
                    onTextEdited: root.schedule.setHours(day.key, index, text)
                }
            }
            KioskText {
                text: root.schedule.notes["hours." + day.key] ?? ""
                u: root.u
                size: Theme.small
                font.bold: true
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
            }
        }
    }

    KioskText { u: root.u; size: Theme.button; font.bold: true; heading: true; Layout.fillWidth: true; Layout.topMargin: 18 * root.u; visible: root.activity; text: qsTr("The next dates") }
    KioskText {
        visible: text !== ""
        text: root.dates.problem
        u: root.u
        size: Theme.small
        Layout.fillWidth: true
        wrapMode: Text.WordWrap
    }
    Repeater {
        model: root.activity ? root.dates.sessions : null
        RowLayout {
            id: session
            required property string key
            required property string label
            required property bool cancelled
            required property string reason
            Layout.fillWidth: true
            spacing: 12 * root.u
            KioskText {
                text: session.cancelled ? qsTr("%1 — cancelled: %2").arg(session.label).arg(session.reason)
                                        : session.label
                u: root.u
                size: Theme.small
                font.strikeout: session.cancelled
                Layout.fillWidth: true
            }
            OfficeButton {
                objectName: (session.cancelled ? "office.listing.undo." : "office.listing.cancel.") + session.key
                text: session.cancelled ? qsTr("Undo cancel") : qsTr("Cancel this date")
                quiet: true
                u: root.u
                onClicked: session.cancelled ? root.dates.undoCancel(session.key) : root.dates.choose(session.key)
            }
        }
    }
    ColumnLayout {
        visible: root.dates.chosen !== ""
        Layout.fillWidth: true
        KioskText {
            text: qsTr("Cancel %1").arg(root.dates.chosenLabel)
            u: root.u
            font.bold: true
            Layout.fillWidth: true
        }
        FormField { u: root.u; editor: root.fields; boxHeight: 200 * root.u; Layout.fillWidth: true; key: "reason"; label: qsTr("Why it is cancelled (visitors see this)") }
        RowLayout {
            OfficeButton { objectName: "office.listing.cancelChosen"; text: qsTr("Cancel the date"); u: root.u; onClicked: root.dates.cancelChosen() }
            OfficeButton { text: qsTr("Keep it"); quiet: true; u: root.u; onClicked: root.dates.choose("") }
        }
    }

    KioskText { u: root.u; size: Theme.button; font.bold: true; heading: true; Layout.fillWidth: true; Layout.topMargin: 18 * root.u; text: qsTr("Closed for a while") }
    RowLayout {
        Layout.fillWidth: true
        spacing: 16 * root.u
        FormField { u: root.u; editor: root.fields; boxHeight: 200 * root.u; Layout.fillWidth: true; key: "closure_from"; label: qsTr("Closed from"); placeholder: "2026-12-24" }
        FormField { u: root.u; editor: root.fields; boxHeight: 200 * root.u; Layout.fillWidth: true; key: "closure_to"; label: qsTr("Closed until"); placeholder: "2027-01-02" }
    }
    FormField { u: root.u; editor: root.fields; boxHeight: 200 * root.u; Layout.fillWidth: true; visible: root.activity; key: "closure_reason"; label: qsTr("Reason for the closure") }
    OfficeButton {
        objectName: "office.listing.addClosure"
        text: qsTr("Close for these days")
        quiet: true
        u: root.u
        onClicked: root.dates.addClosure()
    }
    Repeater {
        model: root.dates.closures
        RowLayout {
            id: closure
            required property string key
            required property string label
            KioskText { text: closure.label; u: root.u; size: Theme.small; Layout.fillWidth: true }
            OfficeButton { text: qsTr("Open again"); quiet: true; u: root.u; onClicked: root.dates.reopen(closure.key) }
        }
    }
    KioskText {
        objectName: "office.listing.datesMessage"
        visible: text !== ""
        text: root.dates.message
        u: root.u
        font.bold: true
        color: Theme.noticeInk
        Layout.fillWidth: true
        wrapMode: Text.WordWrap
        Accessible.role: Accessible.AlertMessage
    }

}
