// "Do you need more time?" over any screen for the last moments before the idle timeout drops the visitor's
// unfinished flow (kiosk/shell/more_time.py). A tap on the big button — or anywhere — gives the full time again;
// "No, I have finished" goes back to the start now. Nobody answering: the start comes back when the time is up.
import QtQuick
import QtQuick.Layouts

Item {
    id: prompt
    objectName: "moreTime"
    property real u: 1
    required property var shell
    required property var moreTime
    property real areaTop: 0      // the part of the window the visitor can reach (reach mode)
    property real areaBottom: height
    // Made when it asks (Main.qml's Loader) and gone when it stops asking.
    Component.onCompleted: {
        yes.forceActiveFocus(Qt.TabFocusReason)  // Enter or Space answers at once
        Announcer.alert(question.text)  // and a screen-reader user hears the question at once (Announcer.qml)
    }

    Rectangle {  // the veil: a tap anywhere on it is "yes" too
        anchors.fill: parent
        color: "#B3000000"
        MouseArea {
            objectName: "moreTime.veil"
            anchors.fill: parent
            Accessible.ignored: true  // the same as the "Yes, more time" button, which is in the tree
            onClicked: prompt.moreTime.moreTime()
        }
    }

    Rectangle {
        id: card
        width: Math.min(prompt.width - 96 * prompt.u, 900 * prompt.u)
        height: Math.min(column.implicitHeight + 112 * prompt.u, prompt.areaBottom - prompt.areaTop - 48 * prompt.u)
        anchors.horizontalCenter: parent.horizontalCenter
        y: prompt.areaTop + (prompt.areaBottom - prompt.areaTop - height) / 2
        radius: Theme.radius * prompt.u
        color: Theme.surface
        border.width: (Theme.highContrast ? 4 : 0) * prompt.u
        border.color: Theme.ink

        ColumnLayout {
            id: column
            anchors.fill: parent
            anchors.margins: 56 * prompt.u
            spacing: 32 * prompt.u

            KioskText {
                id: question
                objectName: "moreTime.title"
                heading: true
                Layout.fillWidth: true
                text: qsTr("Do you need more time?")
                u: prompt.u
                size: Theme.heading
                font.bold: true
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.WordWrap
            }
            KioskText {
                objectName: "moreTime.countdown"
                Layout.fillWidth: true
                text: qsTr("Going back to the start in %n second(s).", "", prompt.moreTime.secondsLeft)
                u: prompt.u
                size: Theme.body
                color: Theme.inkSoft
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.WordWrap
            }
            KioskButton {
                id: yes
                objectName: "moreTime.yes"
                Layout.fillWidth: true
                Layout.preferredHeight: Math.max(implicitHeight, 160 * prompt.u)
                u: prompt.u
                text: qsTr("Yes, more time")
                onClicked: prompt.moreTime.moreTime()
            }
            KioskButton {
                objectName: "moreTime.no"
                Layout.alignment: Qt.AlignHCenter
                u: prompt.u
                fill: Theme.quiet
                ink: Theme.quietInk
                text: qsTr("No, I have finished")
                onClicked: prompt.shell.goHome()
            }
        }
    }
}
