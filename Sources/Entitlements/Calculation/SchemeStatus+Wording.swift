extension SchemeStatus {
    /// `fact` under the law or a pilot, `proposed` under a proposal: a reason never states what a
    /// proposal gives as fact ("is paid" there becomes "would be paid").
    func says(_ fact: String, _ proposed: String) -> String {
        self == .proposal ? proposed : fact
    }
}
