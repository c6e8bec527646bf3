// Thank-you; returns home by itself after a few seconds, unless the visitor keeps it on screen. After "No", a
// gentle line instead.
import QtQuick
import QtQuick.Layouts
import Kiosk

Item {
    id: view
    objectName: "thanks"
    required property var shell
    required property var models
    required property var root
    readonly property var checkin: models.checkin
    readonly property var moreTime: models.moreTime
    readonly property real u: root.u
    readonly property bool wasNo: checkin.lastAnswer === "no"

    // A screen-reader user hears that the answer was kept (a sighted visitor sees the screen change).
    Component.onCompleted: Announcer.say((view.wasNo ? qsTr("Thank you for telling us. Your answer was kept.")
                                                     : qsTr("Thank you. Your answer was kept."))
                                         + " " + message.text)

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: (view.height < 1000 * view.u ? 32 : 72) * view.u  // (short: large text below the visitor's tools)
        spacing: (view.height < 1000 * view.u ? 24 : 40) * view.u

        Item { Layout.fillHeight: true }
        Face {  // gives way (down to 120) when the words need the room: large text in landscape
            id: face
            mood: view.wasNo ? "not_sure" : "yes"
            Layout.alignment: Qt.AlignHCenter
            Layout.fillHeight: true
            Layout.minimumHeight: 96 * view.u
            Layout.maximumHeight: 260 * view.u
            Layout.preferredHeight: 260 * view.u
            Layout.preferredWidth: face.height
        }
        KioskText {
            objectName: "thanks.title"
            heading: true
            text: view.wasNo ? qsTr("Thank you for telling us") : qsTr("Thank you")
            u: view.u
            size: Theme.title * 1.4
            font.bold: true
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
        }
        KioskText {
            id: message
            objectName: "thanks.message"
            text: view.wasNo
                  ? qsTr("We are sorry to hear that. Our staff are here to help. Please speak to anyone at the desk, we would like to put it right.")
                  : qsTr("Your answer helps us make this a kinder place for everyone.")
            u: view.u
            size: Theme.body * 1.25
            Layout.fillWidth: true
            // Wider when the screen is wide and short: a long message (Gaelic, Ukrainian, large text) in fewer lines.
            Layout.maximumWidth: (view.width > view.height ? 1400 : 900) * view.u
            Layout.alignment: Qt.AlignHCenter
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            lineHeight: 1.2
        }
        GridLayout {  // Done, and a way to keep the thank-you up for as long as the visitor needs (WCAG 2.2.1)
            Layout.topMargin: 24 * view.u
            Layout.alignment: Qt.AlignHCenter
            columns: doneButton.implicitWidth + holdButton.implicitWidth + columnSpacing < view.width - 144 * view.u ? 2 : 1
            columnSpacing: 28 * view.u
            rowSpacing: 24 * view.u
            KioskButton {
                id: doneButton
                objectName: "thanks.done"
                Layout.alignment: Qt.AlignHCenter
                u: view.u
                fill: Theme.quiet
                ink: Theme.quietInk
                text: qsTr("Done")
                onClicked: view.shell.goHome()
            }
            KioskButton {
                id: holdButton
                objectName: "thanks.hold"
                visible: !view.moreTime.held
                Layout.alignment: Qt.AlignHCenter
                u: view.u
                fill: Theme.surface
                ink: Theme.ink
                text: qsTr("Keep this on screen")
                onClicked: view.moreTime.hold()
            }
        }
        KioskText {
            objectName: "thanks.held"
            visible: view.moreTime.held
            text: qsTr("This stays on screen while you need it. Tap Done when you have finished.")
            u: view.u
            size: Theme.small
            color: Theme.inkSoft
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
        }
        Item { Layout.fillHeight: true }
    }
}
