pragma ComponentBehavior: Bound
// The staff editor's dates (models.listingEditor.dates), under an activity's times or a space's hours: the
// other rules (Edit / Remove, "Add another rule"), the next dates as the rules give them now — each with
// "Cancel this session" (a reason visitors see) or "Undo cancel" —, a closure for a date range, and extra
// one-off dates. What a button finds wrong is said in plain words; nothing typed is lost.
import QtQuick
import QtQuick.Layouts
import Kiosk

ColumnLayout {
    id: part
    required property var dates
    required property var fields
    required property var schedule
    property real u: 1
    property bool activity: true
    property bool landscape: true
    spacing: 24 * u

    component SmallButton: KioskButton {
        u: part.u
        fill: Theme.quiet
        ink: Theme.quietInk
        implicitWidth: Math.max(200 * part.u, contentItem.implicitWidth + 64 * part.u)
    }

    // -- an activity's other rules --
    KioskButton {
        objectName: "listing.rule.removeCurrent"
        visible: part.activity && part.schedule.pattern !== "kept" && ruleRepeater.count > 0
        u: part.u
        fill: Theme.quiet
        ink: Theme.quietInk
        text: qsTr("Remove these times")
        onClicked: part.dates.removeCurrentRule()
    }
    KioskText {
        visible: part.activity && ruleRepeater.count > 0
        text: part.schedule.pattern === "kept" ? qsTr("Its times") : qsTr("Its other times")
        u: part.u
        size: Theme.small
        font.bold: true
        Layout.fillWidth: true
    }
    Repeater {
        id: ruleRepeater
        model: part.activity ? part.dates.rules : null
        RowLayout {
            id: ruleRow
            required property int index
            required property string label
            required property bool editable
            Layout.fillWidth: true
            spacing: 16 * part.u
            KioskText {
                text: ruleRow.label
                u: part.u
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
            }
            SmallButton {
                objectName: "listing.rule." + ruleRow.index + ".edit"
                visible: ruleRow.editable
                text: qsTr("Edit")
                Accessible.name: qsTr("Edit: %1").arg(ruleRow.label)
                onClicked: part.dates.editRule(ruleRow.index)
            }
            SmallButton {
                objectName: "listing.rule." + ruleRow.index + ".remove"
                text: qsTr("Remove")
                Accessible.name: qsTr("Remove: %1").arg(ruleRow.label)
                onClicked: part.dates.removeRule(ruleRow.index)
            }
        }
    }
    KioskButton {
        objectName: "listing.rule.add"
        visible: part.activity
        u: part.u
        fill: Theme.quiet
        ink: Theme.quietInk
        text: qsTr("Add another rule")
        subtitle: qsTr("e.g. also every Saturday morning")
        onClicked: part.dates.addRule()
    }

    // -- the next dates, as the rules give them now --
    KioskText {
        visible: part.activity
        text: qsTr("The next dates")
        heading: true
        u: part.u
        font.bold: true
        Layout.fillWidth: true
    }
    KioskText {
        objectName: "listing.dates.problem"
        visible: part.activity && part.dates.problem !== ""
        text: qsTr("The dates show when the times are complete: %1").arg(part.dates.problem)
        u: part.u
        size: Theme.small
        color: Theme.inkSoft
        Layout.fillWidth: true
        wrapMode: Text.WordWrap
    }
    KioskText {
        visible: part.activity && part.dates.problem === "" && sessionRepeater.count === 0
        text: qsTr("No dates coming up.")
        u: part.u
        size: Theme.small
        color: Theme.inkSoft
        Layout.fillWidth: true
    }
    Repeater {
        id: sessionRepeater
        model: part.activity ? part.dates.sessions : null
        ColumnLayout {
            id: sessionRow
            required property string key
            required property string label
            required property bool cancelled
            required property string reason
            readonly property bool chosen: part.dates.chosen === key
            Layout.fillWidth: true
            spacing: 12 * part.u
            RowLayout {
                Layout.fillWidth: true
                spacing: 16 * part.u
                KioskText {
                    objectName: "listing.session." + sessionRow.key
                    text: sessionRow.cancelled
                          ? (sessionRow.reason !== "" ? qsTr("%1 — cancelled: %2").arg(sessionRow.label).arg(sessionRow.reason)
                                                      : qsTr("%1 — cancelled").arg(sessionRow.label))
                          : sessionRow.label
                    font.strikeout: sessionRow.cancelled
                    color: sessionRow.cancelled ? Theme.inkSoft : Theme.ink
                    u: part.u
                    Layout.fillWidth: true
                    wrapMode: Text.WordWrap
                }
                SmallButton {
                    objectName: "listing.session." + sessionRow.key + (sessionRow.cancelled ? ".undo" : ".cancel")
                    visible: !sessionRow.chosen
                    text: sessionRow.cancelled ? qsTr("Undo cancel") : qsTr("Cancel this session")
                    Accessible.name: (sessionRow.cancelled ? qsTr("Undo cancel: %1") : qsTr("Cancel this session: %1"))
                                     .arg(sessionRow.label)
                    onClicked: sessionRow.cancelled ? part.dates.undoCancel(sessionRow.key)
                                                    : part.dates.choose(sessionRow.key)
                }
            }
            ColumnLayout {  // the reason, for the session being cancelled
                visible: sessionRow.chosen
                Layout.fillWidth: true
                Layout.leftMargin: 32 * part.u
                spacing: 12 * part.u
                FormField {
                    u: part.u; editor: part.fields; key: "reason"
                    label: qsTr("Why it is cancelled (visitors see this)")
                    placeholder: qsTr("e.g. The leader is unwell — back next week")
                    Layout.fillWidth: true
                }
                RowLayout {
                    spacing: 16 * part.u
                    KioskButton {
                        objectName: "listing.session.confirmCancel"
                        u: part.u
                        text: qsTr("Cancel the session")
                        onClicked: part.dates.cancelChosen()
                    }
                    SmallButton {
                        objectName: "listing.session.keep"
                        text: qsTr("Keep it on")
                        onClicked: part.dates.choose("")
                    }
                }
            }
        }
    }

    // -- closures --
    KioskText {
        text: qsTr("Closed for a while")
        heading: true
        u: part.u
        font.bold: true
        Layout.fillWidth: true
    }
    KioskText {
        text: part.activity ? qsTr("Each session in these days shows as cancelled, with the reason, so visitors know.")
                            : qsTr("The space shows as closed on these days.")
        u: part.u
        size: Theme.small
        color: Theme.inkSoft
        Layout.fillWidth: true
        wrapMode: Text.WordWrap
    }
    Repeater {
        model: part.activity ? null : part.dates.closures
        RowLayout {
            id: closureRow
            required property string key
            required property string label
            Layout.fillWidth: true
            spacing: 16 * part.u
            KioskText {
                text: closureRow.label
                u: part.u
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
            }
            SmallButton {
                objectName: "listing.closure." + closureRow.key + ".reopen"
                text: qsTr("Open again")
                Accessible.name: qsTr("Open again: %1").arg(closureRow.label)
                onClicked: part.dates.reopen(closureRow.key)
            }
        }
    }
    GridLayout {
        Layout.fillWidth: true
        columns: 2
        columnSpacing: 24 * part.u
        FormField {
            u: part.u; editor: part.fields; key: "closure_from"
            label: qsTr("Closed from")
            placeholder: qsTr("e.g. 24/12/2026")
            inputHints: Qt.ImhPreferNumbers
            Layout.fillWidth: true
            Layout.alignment: Qt.AlignTop
        }
        FormField {
            u: part.u; editor: part.fields; key: "closure_to"
            label: qsTr("Until (the last day closed)")
            placeholder: qsTr("e.g. 2/1/2027")
            inputHints: Qt.ImhPreferNumbers
            Layout.fillWidth: true
            Layout.alignment: Qt.AlignTop
        }
    }
    FormField {
        visible: part.activity
        u: part.u; editor: part.fields; key: "closure_reason"
        label: qsTr("Reason visitors see (optional)")
        placeholder: qsTr("e.g. Closed for the holidays")
        Layout.fillWidth: true
    }
    KioskButton {
        objectName: "listing.closure.add"
        u: part.u
        fill: Theme.quiet
        ink: Theme.quietInk
        text: qsTr("Add the closure")
        onClicked: part.dates.addClosure()
    }

    // -- extra dates --
    KioskText {
        visible: part.activity
        text: qsTr("An extra date")
        heading: true
        u: part.u
        font.bold: true
        Layout.fillWidth: true
    }
    GridLayout {
        visible: part.activity
        Layout.fillWidth: true
        columns: part.landscape ? 3 : 1
        columnSpacing: 24 * part.u
        FormField {
            u: part.u; editor: part.fields; key: "extra_on"
            label: qsTr("Date")
            placeholder: qsTr("e.g. 19/12/2026")
            inputHints: Qt.ImhPreferNumbers
            Layout.fillWidth: true
            Layout.alignment: Qt.AlignTop
        }
        FormField {
            u: part.u; editor: part.fields; key: "extra_start"
            label: qsTr("Starts at")
            placeholder: qsTr("e.g. 10:00")
            inputHints: Qt.ImhPreferNumbers
            Layout.fillWidth: true
            Layout.alignment: Qt.AlignTop
        }
        FormField {
            u: part.u; editor: part.fields; key: "extra_end"
            label: qsTr("Ends at")
            placeholder: qsTr("e.g. 12:00")
            inputHints: Qt.ImhPreferNumbers
            Layout.fillWidth: true
            Layout.alignment: Qt.AlignTop
        }
    }
    KioskButton {
        objectName: "listing.extra.add"
        visible: part.activity
        u: part.u
        fill: Theme.quiet
        ink: Theme.quietInk
        text: qsTr("Add this date")
        onClicked: part.dates.addExtra()
    }

    Rectangle {  // what a button here found wrong, in plain words
        visible: part.dates.message !== ""
        Layout.fillWidth: true
        implicitHeight: messageText.implicitHeight + 32 * part.u
        radius: 18 * part.u
        color: Theme.noticeBg
        border.color: Theme.noticeInk
        border.width: 2 * part.u
        KioskText {
            id: messageText
            objectName: "listing.dates.message"
            anchors.fill: parent
            anchors.margins: 16 * part.u
            text: part.dates.message
            u: part.u
            font.bold: true
            color: Theme.noticeInk
            wrapMode: Text.WordWrap
            verticalAlignment: Text.AlignVCenter
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }
    }
}
