pragma ComponentBehavior: Bound
// After Yes / Not sure: an optional, skippable "Where did you notice kindness?".
import QtQuick
import QtQuick.Layouts
import Kiosk

Item {
    id: view
    objectName: "followup"
    required property var shell
    required property var models
    required property var root
    readonly property var checkin: models.checkin
    readonly property real u: root.u
    readonly property bool landscape: width > height

    // A screen-reader user hears that the answer was kept, and the next question (kiosk/shell/qml/Kiosk/Announcer.qml).
    Component.onCompleted: Announcer.say(saved.text + " " + where.text)

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: (view.height < 1200 * view.u ? 32 : 72) * view.u  // (short: reach mode, below the visitor's tools)
        spacing: 40 * view.u

        Item { Layout.fillHeight: true }
        KioskText {
            id: saved
            objectName: "followup.saved"
            text: qsTr("Thank you, your answer is saved.")
            u: view.u
            size: Theme.body * 1.2
            color: Theme.inkSoft
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
        }
        KioskText {
            id: where
            text: qsTr("Where did you notice kindness?")
            heading: true
            u: view.u
            size: Theme.title * 1.1
            font.bold: true
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
        }
        KioskText {
            text: qsTr("If you like. You can skip this.")
            u: view.u
            color: Theme.inkSoft
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
        }
        GridLayout {
            Layout.alignment: Qt.AlignHCenter
            Layout.maximumWidth: (view.landscape ? 1500 : 860) * view.u
            Layout.fillWidth: true
            columns: view.landscape ? 3 : 1
            columnSpacing: 32 * view.u
            rowSpacing: 32 * view.u
            Repeater {
                model: view.checkin.followups
                KioskButton {
                    required property string key
                    required property string label
                    objectName: "checkin.followup." + key
                    u: view.u
                    Layout.fillWidth: true
                    Layout.preferredHeight: Math.max((view.height < 1200 * view.u ? 110 : 150) * view.u, implicitHeight)  // (long words: two lines)
                    fill: Theme.yes
                    ink: Theme.tileInk
                    enabled: !view.checkin.busy
                    text: label
                    onClicked: view.checkin.followup(key)
                }
            }
        }
        KioskButton {
            objectName: "checkin.followup.skip"
            u: view.u
            Layout.alignment: Qt.AlignHCenter
            Layout.topMargin: 16 * view.u
            fill: Theme.quiet
            ink: Theme.quietInk
            enabled: !view.checkin.busy
            text: qsTr("Skip")
            onClicked: view.checkin.skip()
        }
        Item { Layout.fillHeight: true }
    }
}
