pragma ComponentBehavior: Bound
// Staff PIN pad: big digit keys, dots for what has been typed, a clear message on a wrong PIN.
import QtQuick
import QtQuick.Layouts
import Kiosk

Item {
    id: view
    objectName: "staff.pin"
    required property var shell
    required property var models
    required property var root
    readonly property var staff: models.staff
    readonly property real u: root.u

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 144 * view.u, 760 * view.u)
        spacing: 32 * view.u

        KioskText {
            text: qsTr("Staff PIN")
            heading: true
            u: view.u
            size: Theme.title
            font.bold: true
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
        }
        Row {
            objectName: "staff.pin.dots"
            Layout.alignment: Qt.AlignHCenter
            spacing: 20 * view.u
            Accessible.role: Accessible.StaticText
            Accessible.name: qsTr("%n digit(s) typed", "", view.staff.entered)
            Repeater {
                model: 8
                Rectangle {
                    required property int index
                    width: 32 * view.u; height: width; radius: width / 2
                    color: index < view.staff.entered ? Theme.ink : "transparent"
                    border.color: Theme.inkSoft
                    border.width: 3 * view.u
                    visible: index < Math.max(4, view.staff.entered)
                }
            }
        }
        KioskText {
            id: pinMessage
            objectName: "staff.pin.message"
            text: view.staff.message
            visible: text !== ""
            // A wrong PIN or a lock-out is heard at once (kiosk/shell/qml/Kiosk/Announcer.qml).
            onTextChanged: if (pinMessage.text !== "") Announcer.alert(pinMessage.text)
            u: view.u
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
        }
        GridLayout {
            Layout.fillWidth: true
            columns: 3
            columnSpacing: 24 * view.u
            rowSpacing: 24 * view.u
            Repeater {
                model: ["1", "2", "3", "4", "5", "6", "7", "8", "9", "erase", "0", "ok"]
                KioskButton {
                    required property string modelData
                    objectName: "staff.pin." + modelData
                    u: view.u
                    Layout.fillWidth: true
                    Layout.preferredHeight: 120 * view.u
                    fill: modelData === "ok" ? Theme.accent : Theme.quiet
                    ink: modelData === "ok" ? Theme.accentInk : Theme.quietInk
                    text: modelData === "erase" ? qsTr("Delete") : modelData === "ok" ? qsTr("Enter") : modelData
                    enabled: !view.staff.checking
                    onClicked: {
                        if (modelData === "erase") view.staff.erase()
                        else if (modelData === "ok") view.staff.submit()
                        else view.staff.digit(modelData)
                    }
                }
            }
        }
        KioskButton {
            objectName: "staff.pin.cancel"
            u: view.u
            Layout.alignment: Qt.AlignHCenter
            fill: Theme.quiet
            ink: Theme.quietInk
            text: qsTr("Cancel")
            onClicked: view.shell.goHome()
        }
    }
}
