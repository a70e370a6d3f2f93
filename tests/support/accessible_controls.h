#pragma once
// What a screen reader user meets: controls without an accessible name, found through Qt's
// accessibility interfaces (tst_console_demo for the pages, tst_dialog_keyboard for dialogs).
#include <QAccessible>
#include <QObject>
#include <QSet>
#include <QStringList>

namespace TestSupport {

// Controls a person operates (not labels, frames or the menus' own items), shown, that have
// no accessible name: a screen reader would say only their kind. `path` names where they are.
inline void unnamedControls(QAccessibleInterface *node, const QString &path, QStringList *found)
{
    if (!node || !node->isValid() || node->state().invisible)
        return;
    static const QSet<QAccessible::Role> controls{
        QAccessible::PushButton, QAccessible::CheckBox,     QAccessible::RadioButton,
        QAccessible::ComboBox,   QAccessible::EditableText, QAccessible::SpinBox,
        QAccessible::Slider,     QAccessible::Table,        QAccessible::Tree,
        QAccessible::List,       QAccessible::PageTabList,  QAccessible::ButtonMenu};
    const QObject *object = node->object();
    const QString here =
        path + u'/' +
        (object && !object->objectName().isEmpty()
             ? object->objectName()
             : QString::fromLatin1(object ? object->metaObject()->className() : "?"));
    if (controls.contains(node->role()) && node->text(QAccessible::Name).trimmed().isEmpty())
        found->append(here);
    // A table's or list's cells are its rows, not controls of their own.
    if (node->role() == QAccessible::Table || node->role() == QAccessible::Tree ||
        node->role() == QAccessible::List)
        return;
    for (int i = 0; i < node->childCount(); ++i)
        unnamedControls(node->child(i), here, found);
}

} // namespace TestSupport
