pragma Singleton
// The one way to tell a screen-reader user that something changed: the thank-you, a notice or an error,
// "your message was sent", "Do you need more time?". `Announcer.say(text)` is polite (said after what the
// reader is saying); `Announcer.alert(text)` is assertive (interrupts: errors, a time-out warning).
// Main.qml's `announcer` item turns each request into Qt's `Accessible.announce()` (Qt ≥ 6.8), which reaches
// AT-SPI as an `object:announcement` event (Orca speaks it). Nothing is said when no screen reader listens.
// `lastMessage` and `count` let offscreen tests see what would have been said. Thread: GUI.
import QtQuick

QtObject {
    signal requested(string message, bool assertive)
    property string lastMessage: ""
    property int count: 0

    function say(message: string) { send(message, false) }
    function alert(message: string) { send(message, true) }
    function send(message: string, assertive: bool) {
        if (message.trim() === "")
            return
        lastMessage = message
        count += 1
        requested(message, assertive)
    }
}
