pragma ComponentBehavior: Bound
// The window: a warm backdrop, the current screen, and a notice banner. Screens load on demand.
import QtQuick
import QtQuick.Window

Window {
    id: window
    required property var shell
    required property var checkin
    readonly property real u: Math.min(width, height) / 1080
    width: 1080
    height: 1920
    visible: true
    color: Theme.background
    title: qsTr("Kindness Kiosk")

    Backdrop { u: window.u }

    Loader {
        id: screenLoader
        objectName: "screenLoader"
        anchors.fill: parent
        sourceComponent: {
            switch (window.shell.screen) {
            case "checkin": return checkinScreen
            case "followup": return followupScreen
            case "thanks": return thanksScreen
            default: return homeScreen
            }
        }
    }

    Component { id: homeScreen; HomeView { shell: window.shell; u: window.u } }
    Component { id: checkinScreen; CheckInView { shell: window.shell; checkin: window.checkin; u: window.u } }
    Component { id: followupScreen; FollowupView { shell: window.shell; checkin: window.checkin; u: window.u } }
    Component { id: thanksScreen; ThanksView { shell: window.shell; checkin: window.checkin; u: window.u } }

    NoticeBanner {
        u: window.u
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.top: parent.top
        anchors.topMargin: 32 * window.u
        width: Math.min(parent.width - 96 * window.u, 1100 * window.u)
        text: window.shell.notice
        onClicked: window.shell.dismissNotice()
    }
}
