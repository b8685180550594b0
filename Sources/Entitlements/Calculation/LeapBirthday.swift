/// A 29 February birthday in a common year is read as 1 March (SPEC, "Dates and ages"): English law
/// is silent on the day, so a result that depends on it says that the date is a reading.
extension CalendarDate {
    /// Whether the date is a 29 February.
    var isLeapDay: Bool { month == 2 && day == 29 }

    /// Whether, for someone born on this date, the age on `date` depends on the reading: a 29 February
    /// birth asked about on 28 February of a common year (1 March reading: the birthday has not come).
    func ageIsReading(on date: CalendarDate) -> Bool {
        isLeapDay && date > self && date.month == 2 && date.day == 28 && !CalendarDate.isLeap(date.year)
    }

    /// Whether, for someone born on this date, the birthday of `age` is a reading: a 29 February birth
    /// whose birthday falls in a common year (taken as 1 March).
    func birthdayIsReading(_ age: Int) -> Bool {
        isLeapDay && age > 0 && !CalendarDate.isLeap(year + age)
    }
}

extension Explanation {
    /// The rule id of the sentence that says a 29 February birthday was read as 1 March.
    static let leapBirthdayRule = "birthday-29-february"

    /// The source of that reading.
    static let leapBirthdayCitation = Citation("Family Law Reform Act 1969 s.9 (a person attains an age at the start of the anniversary of the birth; silent on 29 February); this rule book's reading")

    /// Says once that a date below rests on reading a 29 February birthday as 1 March, with `detail`
    /// naming the date ("the 25th birthday is taken as 2029-03-01").
    mutating func sayLeapBirthdayReading(_ detail: Sentence) {
        guard !reasons.contains(where: { $0.rule == Self.leapBirthdayRule }) else { return }
        say(Self.leapBirthdayRule, "Born on 29 February: in a common year this rule book takes the birthday as 1 March (\(String(decoding: detail.utf8, as: UTF8.self))). English law is silent on the day and sources split between 28 February and 1 March, so this date is a reading of the law, not settled law.", Self.leapBirthdayCitation)
    }

    /// Says the reading when the age on `date` of someone born on `born` depends on it.
    mutating func sayLeapBirthdayReading(born: CalendarDate, ageOn date: CalendarDate) {
        guard born.ageIsReading(on: date) else { return }
        sayLeapBirthdayReading("so on \(date) the person is still \(born.age(on: date))")
    }

    /// Says the reading when the birthday of `age` of someone born on `born` is a reading.
    mutating func sayLeapBirthdayReading(born: CalendarDate, birthday age: Int) {
        guard born.birthdayIsReading(age), let day = born.birthday(age) else { return }
        sayLeapBirthdayReading("the \(ordinal: age) birthday is taken as \(day)")
    }
}
