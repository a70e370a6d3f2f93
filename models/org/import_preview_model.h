#pragma once
// The rows of a CSV import as the preview shows them: every row that will change and every bad
// row, with its line number and what happens or what is wrong.
#include <QAbstractTableModel>
#include <QList>

class ImportPreviewModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    struct Row
    {
        int line = 0;
        QString userName;
        QString name;
        QString outcome; // what will happen, or what is wrong
        bool bad = false;
    };
    enum Column
    {
        LineColumn,
        UserNameColumn,
        NameColumn,
        OutcomeColumn,
        ColumnCount
    };

    explicit ImportPreviewModel(QObject *parent = nullptr);
    void setRows(QList<Row> rows);
    int badCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<Row> m_rows;
};
