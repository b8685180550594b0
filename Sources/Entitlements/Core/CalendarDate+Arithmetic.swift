extension CalendarDate {
    /// The date a number of days later (or earlier, for a negative count), or nil outside years 1 to 9999.
    public func adding(days: Int) -> CalendarDate? {
        let (target, overflow) = dayNumber.addingReportingOverflow(days)
        guard !overflow, target >= CalendarDate.earliest.dayNumber, target <= CalendarDate.latest.dayNumber else {
            return nil
        }
        return CalendarDate(dayNumber: target)
    }

    /// The next day, or nil after 9999-12-31.
    public var nextDay: CalendarDate? {
        guard day < CalendarDate.daysIn(month: month, year: year) else { return adding(days: 1) }
        return CalendarDate(checkedYear: year, month: month, day: day + 1, dayNumber: dayNumber + 1)
    }

    /// The previous day, or nil before 0001-01-01.
    public var previousDay: CalendarDate? {
        guard day > 1 else { return adding(days: -1) }
        return CalendarDate(checkedYear: year, month: month, day: day - 1, dayNumber: dayNumber - 1)
    }

    /// The same month and day a number of years later; 29 February becomes 1 March in a common year.
    /// Nil outside years 1 to 9999.
    public func adding(years: Int) -> CalendarDate? {
        let (target, overflow) = year.addingReportingOverflow(years)
        guard !overflow, (1...9999).contains(target) else { return nil }
        if month == 2, day == 29, !CalendarDate.isLeap(target) {
            return CalendarDate(year: target, month: 3, day: 1)
        }
        return CalendarDate(year: target, month: month, day: day)
    }

    /// The number of days from this date to another (positive when `other` is later).
    public func days(until other: CalendarDate) -> Int { other.dayNumber - dayNumber }

    /// The age in whole years, on `date`, of someone born on this date (0 before the first birthday).
    ///
    /// A person attains an age on the anniversary of their birth; someone born on 29 February
    /// attains it on 1 March in a common year.
    public func age(on date: CalendarDate) -> Int {
        var age = date.year - year
        // The anniversary in the year of `date`: compare (month, day), treating 29 Feb as 1 Mar in a common year.
        let anniversaryMonthDay: (Int, Int) =
            (month == 2 && day == 29 && !CalendarDate.isLeap(date.year)) ? (3, 1) : (month, day)
        if (date.month, date.day) < anniversaryMonthDay { age -= 1 }
        return max(age, 0)
    }

    /// The date on which someone born on this date attains `age`, or nil past year 9999.
    public func birthday(_ age: Int) -> CalendarDate? { adding(years: age) }
}
