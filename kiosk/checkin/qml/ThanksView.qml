// Thank-you; returns home by itself after a few seconds. After "No", a gentle line instead.
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
    readonly property real u: root.u
    readonly property bool wasNo: checkin.lastAnswer === "no"

    // A screen-reader user hears that the answer was kept (a sighted visitor sees the screen change).
    Component.onCompleted: Announcer.say((view.wasNo ? qsTr("Thank you for telling us. Your answer was kept.")
                                                     : qsTr("Thank you. Your answer was kept."))
                                         + " " + message.text)

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 72 * view.u
        spacing: 40 * view.u

        Item { Layout.fillHeight: true }
        Face {
            mood: view.wasNo ? "not_sure" : "yes"
            Layout.alignment: Qt.AlignHCenter
            Layout.preferredWidth: 260 * view.u
            Layout.preferredHeight: 260 * view.u
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
            Layout.maximumWidth: 900 * view.u
            Layout.alignment: Qt.AlignHCenter
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            lineHeight: 1.2
        }
        KioskButton {
            objectName: "thanks.done"
            u: view.u
            Layout.alignment: Qt.AlignHCenter
            Layout.topMargin: 24 * view.u
            fill: Theme.quiet
            ink: Theme.quietInk
            text: qsTr("Done")
            onClicked: view.shell.goHome()
        }
        Item { Layout.fillHeight: true }
    }
}
